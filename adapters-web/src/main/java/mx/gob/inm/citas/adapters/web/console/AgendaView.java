package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * The day's agenda of one office ({@code ?office=…&day=…}): who comes when, search by code or passport, check-in
 * after comparing the passport, attended, no-show. Every refusal of the use case is a message on the page.
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
        if (attempt(() -> agenda.checkIn(staff.member(), office, checkInCode, checkInPassport))) {
            Texts.info("console.agenda.checkedIn", checkInCode);
            refresh();
        }
    }

    public void attended(String code) {
        if (attempt(() -> agenda.markAttended(staff.member(), office, code))) {
            Texts.info("console.agenda.attended.done", code);
            refresh();
        }
    }

    public void noShow(String code) {
        if (attempt(() -> agenda.markNoShow(staff.member(), office, code))) {
            Texts.info("console.agenda.noShow.done", code);
            refresh();
        }
    }

    private void refresh() {
        LocalDate date = LocalDate.parse(day);
        attempt(() -> {
            // the use case decides (and audits) whether this member may read the office
            rows = rows(agenda.day(staff.member(), office, date));
            slots(date);
            offices.stream().filter(o -> o.id().value().equals(office)).findFirst().ifPresent(chosen -> {
                officeName = chosen.name();
                zone = Texts.zone(chosen.timeZone());
            });
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
            return day == null || day.isBlank() ? LocalDate.now(zoneId) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            Texts.error(null, "console.agenda.badDay");
            return LocalDate.now(zoneId);
        }
    }

    /** Runs a use-case call; a refusal becomes a page message and false. */
    private boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (OfficeAccessDeniedException | OfficeNotFoundException e) {
            refused = true;
            rows = List.of();
            found = null;
            Texts.error(null, "console.refused.office", office);
        } catch (AppointmentNotFoundException e) {
            Texts.error(null, "console.refused.notFound");
        } catch (AppointmentRefusedException e) {
            Texts.error(null, "console.refused." + e.reason().name());
        } catch (DomainException e) {
            Texts.error(null, "console.refused.other", e.getMessage());
        }
        return false;
    }

    private List<AgendaRow> rows(List<Appointment> appointments) {
        Map<String, Procedure> procedures = catalogue.procedures().stream()
                .collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
        return appointments.stream().map(a -> {
            Procedure procedure = procedures.get(a.procedure().value());
            return AgendaRow.of(a, offices,
                    procedure == null ? a.procedure().value() : procedure.name().in(language.current()));
        }).toList();
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
