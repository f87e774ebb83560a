package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.export.Format;
import mx.gob.inm.citas.adapters.web.export.SheetDownload;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.AgendaDay;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;

/**
 * The day's agenda of one office ({@code ?office=…&day=…}): who comes when, search by code or passport, check-in
 * after comparing the passport, attended, no-show, and the day as a CSV or Excel file. Each row offers only the
 * steps the use case allows this member (a supervisor reads the day and is offered none). Every refusal of the use
 * case is a message on the page.
 */
@Named("agenda")
@ViewScoped
public class AgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    transient ConfigureScheduleUseCase schedules;

    @Inject
    transient ManageClosuresUseCase closures;

    @Inject
    transient Clock clock;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    private String office;
    private String day;
    private String query;
    private List<Office> offices = List.of();
    private List<AgendaRow> rows = List.of();
    private List<AgendaRow> found;
    private List<SlotRow> slots = List.of();
    private String closedReason;
    private String officeName;
    private String zone;
    private boolean refused;
    /** Whether this member may run the day shown (check-in and the rest), as the use case said when it was read. */
    private boolean mayWork;
    private String checkInCode;
    private String checkInPassport;

    /** The view action: the offices this member may read, and the chosen office's day (today by default). */
    public void load() {
        offices = agenda.offices(staff.member());
        if (office == null || office.isBlank()) {
            office = offices.isEmpty() ? null : offices.get(0).id().value();
        }
        if (office == null) {
            return;
        }
        day = date().toString();
        refresh();
    }

    public void search() {
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty()) {
            found = null;
            return;
        }
        attempt(() -> found = rows(agenda.search(staff.member(), office, typed)));
    }

    public void prepareCheckIn(String code) {
        checkInCode = code;
        checkInPassport = null;
    }

    public void checkIn() {
        change(() -> agenda.checkIn(staff.member(), office, checkInCode, checkInPassport), "console.agenda.checkedIn",
                checkInCode);
    }

    public void attended(String code) {
        change(() -> agenda.markAttended(staff.member(), office, code), "console.agenda.attended.done", code);
    }

    public void noShow(String code) {
        change(() -> agenda.markNoShow(staff.member(), office, code), "console.agenda.noShow.done", code);
    }

    /** The day as a CSV file (UTF-8), read again now: what the file holds is audited as a look at the day. */
    public void exportCsv() throws IOException {
        export(Format.CSV);
    }

    /** The day as an Excel workbook, read again now and audited like {@link #exportCsv}. */
    public void exportXlsx() throws IOException {
        export(Format.XLSX);
    }

    private void export(Format format) throws IOException {
        LocalDate date = LocalDate.parse(day);
        AgendaDay[] read = new AgendaDay[1];
        if (attempt(() -> read[0] = agenda.agendaDay(staff.member(), office, date))) {
            SheetDownload.send(FacesContext.getCurrentInstance(), AgendaExport.sheet(read[0].office(), date,
                    clock.instant(), rows(read[0]), Texts::text), format);
        }
    }

    /**
     * A step on an appointment. Done: said, and the day read again. Refused because the member's role changed since
     * the page was shown (made a supervisor, say): the day is read again, so the page offers what they may do now.
     */
    private void change(Runnable step, String doneKey, String code) {
        if (attempt(step)) {
            Texts.info(doneKey, code);
            refresh();
        } else if (!refused && mayWork != mayWorkNow()) {
            refresh();
        }
    }

    private boolean mayWorkNow() {
        return OfficeId.isWellFormed(office) && staff.member().mayWorkIn(new OfficeId(office));
    }

    private void refresh() {
        LocalDate date = LocalDate.parse(day);
        attempt(() -> {
            // the use case decides (and audits) whether this member may read the office, and what they may do in it
            AgendaDay read = agenda.agendaDay(staff.member(), office, date);
            rows = rows(read);
            mayWork = read.mayWork();
            slots(date);
            officeName = read.office().name();
            zone = Texts.zone(read.office().timeZone());
            if (found != null) {
                found = rows(agenda.search(staff.member(), office, query));
            }
            refused = false;
        });
    }

    /**
     * The schedule view: every slot the office's week opens on {@code date}, with who is booked in it, plus any
     * booked time the week no longer has; none on a day the office is closed.
     */
    private void slots(LocalDate date) {
        closedReason = new ClosureCalendar(new OfficeId(office), closures.closures(staff.member(), office, date))
                .reasonClosed(date).orElse(null);
        Map<String, List<AgendaRow>> byTime = rows.stream().collect(Collectors.groupingBy(AgendaRow::time,
                TreeMap::new, Collectors.toList()));
        Map<String, Integer> places = new TreeMap<>();
        if (closedReason == null) {
            schedules.schedule(staff.member(), office).schedule().periodsOn(date.getDayOfWeek())
                    .forEach(p -> p.slotStarts().forEach(t -> places.put(t.toString(), p.placesPerSlot())));
        }
        byTime.keySet().forEach(t -> places.putIfAbsent(t, 0));
        slots = places.entrySet().stream().map(e -> new SlotRow(e.getKey(), e.getValue(),
                byTime.getOrDefault(e.getKey(), List.of()))).toList();
    }

    private LocalDate date() {
        ZoneId zoneId = offices.stream().filter(o -> o.id().value().equals(office)).findFirst()
                .map(Office::timeZone).orElse(ZoneId.of("America/Mexico_City"));
        try {
            return day == null || day.isBlank() ? LocalDate.ofInstant(clock.instant(), zoneId) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            Texts.error(null, "console.agenda.badDay");
            return LocalDate.ofInstant(clock.instant(), zoneId);
        }
    }

    /** Runs a use-case call; a refusal becomes a page message and false (the day hidden if it may not be read). */
    private boolean attempt(Runnable call) {
        return ConsoleAttempt.attempt(call, office, this::deny);
    }

    private void deny() {
        refused = true;
        mayWork = false;
        rows = List.of();
        slots = List.of();
        found = null;
    }

    private List<AgendaRow> rows(AgendaDay read) {
        Map<String, Procedure> procedures = procedures();
        return read.entries().stream().map(e -> AgendaRow.of(e, offices, nameOf(e.appointment(), procedures)))
                .toList();
    }

    private List<AgendaRow> rows(List<Appointment> appointments) {
        Map<String, Procedure> procedures = procedures();
        return appointments.stream().map(a -> AgendaRow.of(a, offices, nameOf(a, procedures))).toList();
    }

    private Map<String, Procedure> procedures() {
        return catalogue.procedures().stream().collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
    }

    private String nameOf(Appointment appointment, Map<String, Procedure> procedures) {
        Procedure procedure = procedures.get(appointment.procedure().value());
        return procedure == null ? appointment.procedure().value() : procedure.name().in(language.current());
    }

    public List<Office> getOffices() {
        return offices;
    }

    public List<AgendaRow> getRows() {
        return rows;
    }

    public List<SlotRow> getSlots() {
        return slots;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public List<AgendaRow> getFound() {
        return found;
    }

    public String getOfficeName() {
        return officeName;
    }

    /** "Horas en hora del Pacífico (America/Tijuana)." */
    public String getTimesNote() {
        return zone == null ? "" : Texts.text("console.agenda.times", zone);
    }

    public String getCheckInTitle() {
        return Texts.text("console.agenda.checkInTitle", checkInCode == null ? "" : checkInCode);
    }

    public boolean isRefused() {
        return refused;
    }

    /** Whether the page offers check-in and the other steps at all (a supervisor's does not). */
    public boolean isMayWork() {
        return mayWork;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public String getCheckInPassport() {
        return checkInPassport;
    }

    public void setCheckInPassport(String checkInPassport) {
        this.checkInPassport = checkInPassport;
    }
}
