package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.export.Format;
import mx.gob.inm.citas.adapters.web.export.SheetDownload;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.ActForApplicantUseCase;
import mx.gob.inm.citas.application.port.in.AgendaDay;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.StaffBookingCommand;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.Procedure;

/**
 * The day's agenda of one office ({@code ?office=…&day=…}): who comes when, search by code or passport (a scanned
 * QR code types the code and Enter: the one appointment found opens its check-in), check-in after comparing the
 * person with the document, attended, no-show, undo, and the day as a CSV or Excel file. Staff act for an applicant
 * from here too: book at the desk or on the phone (the code shown, the proof printed), move or cancel with a reason. Each row offers only the
 * steps the use case allows this member (a supervisor reads the day and is offered none). Every refusal of the use
 * case is a message on the page.
 */
@Named("agenda")
@ViewScoped
public class AgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An option of a select: what is sent, and what is shown. */
    public record Choice(String value, String label) implements Serializable {

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    transient ConfigureScheduleUseCase schedules;

    @Inject
    transient ManageClosuresUseCase closures;

    @Inject
    transient ActForApplicantUseCase desk;

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
    /** The priority the law gives the person checking in, as chosen in the dialog ({@link Priority} by name). */
    private String checkInPriority = Priority.NONE.name();
    private AgendaRow checkInRow;
    private boolean openCheckIn;
    /** The appointment being moved or cancelled, the reason typed, and for a move the day and time chosen. */
    private String actionCode;
    private String reason;
    private String moveDay;
    private String moveTime;
    private List<String> moveTimes = List.of();
    private StaffBookingForm booking = new StaffBookingForm();
    private List<String> bookTimes = List.of();
    private List<Choice> bookable = List.of();
    private String bookedCode;
    private String bookedSummary;
    private String dayInWords;

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

    /**
     * Finds by code or passport. A code that finds one appointment this member may check in opens its check-in at
     * once: a QR scanner types the code and Enter, and the person is at the desk.
     */
    public void search() {
        openCheckIn = false;
        String typed = query == null ? "" : query.strip();
        if (typed.isEmpty()) {
            found = null;
            return;
        }
        if (attempt(() -> found = rows(agenda.search(staff.member(), office, typed))) && found.size() == 1
                && found.get(0).code().equalsIgnoreCase(typed.replaceAll("[\\s-]", ""))) {
            rows.stream().filter(r -> r.code().equals(found.get(0).code()) && r.isMayCheckIn()).findFirst()
                    .ifPresent(r -> {
                        prepareCheckIn(r.code());
                        openCheckIn = true;
                    });
        }
    }

    public void prepareCheckIn(String code) {
        checkInCode = code;
        checkInPassport = null;
        checkInPriority = Priority.NONE.name();
        checkInRow = rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /** Undoes a mistaken check-in, attended or no-show. */
    public void undo(String code) {
        change(() -> desk.undo(staff.member(), office, code), "console.staffAct.undone", code);
    }

    public void prepareCancel(String code) {
        actionCode = code;
        reason = null;
    }

    /** Cancels for the applicant with the reason typed (beside the field when it is missing). */
    public void cancelAppointment() {
        if (reason == null || reason.isBlank()) {
            Texts.error("cancelForm:reason", "console.staffAct.reasonRequired");
            return;
        }
        mailingChange(() -> desk.cancel(staff.member(), office, actionCode, reason), "console.staffAct.cancelled",
                actionCode);
    }

    public void prepareMove(String code) {
        actionCode = code;
        reason = null;
        moveTime = null;
        moveDay = day;
        loadMoveTimes();
    }

    /** The free times of the day chosen for the move, for the appointment's procedure. */
    public void loadMoveTimes() {
        moveTimes = List.of();
        String procedure = rows.stream().filter(r -> r.code().equals(actionCode)).findFirst()
                .map(AgendaRow::procedureCode).orElse(null);
        LocalDate date = parsedDay(moveDay, "moveForm:moveDay");
        if (procedure != null && date != null) {
            attempt(() -> moveTimes = times(desk.freeTimes(staff.member(), office, procedure, date)));
        }
    }

    /** Moves for the applicant to the time chosen, with the reason typed. */
    public void moveAppointment() {
        boolean ok = true;
        if (moveTime == null || moveTime.isBlank()) {
            Texts.error("moveForm:moveTime", "console.staffAct.timeRequired");
            ok = false;
        }
        if (reason == null || reason.isBlank()) {
            Texts.error("moveForm:reason", "console.staffAct.reasonRequired");
            ok = false;
        }
        LocalDate date = parsedDay(moveDay, "moveForm:moveDay");
        if (!ok || date == null) {
            return;
        }
        mailingChange(() -> desk.move(staff.member(), office, actionCode, startOf(date, moveTime), reason),
                "console.staffAct.moved", actionCode);
    }

    /** Opens the booking form on the day shown. */
    public void prepareBooking() {
        bookedCode = null;
        bookedSummary = null;
        // a new person each time: nothing of the last one typed stays, but the procedure chosen does
        String procedure = booking.getProcedure();
        booking = new StaffBookingForm();
        booking.setProcedure(procedure);
        // only what the office's week serves: another procedure would never have a free time here
        List<String> served = new java.util.ArrayList<>();
        attempt(() -> schedules.schedule(staff.member(), office).schedule().procedures()
                .forEach(code -> served.add(code.value())));
        bookable = catalogue.procedures().stream().filter(Procedure::isBookableOnline)
                .filter(p -> served.contains(p.code().value()))
                .map(p -> new Choice(p.code().value(), p.name().in(language.current()))).toList();
        if (bookable.stream().noneMatch(c -> c.value().equals(booking.getProcedure())) && !bookable.isEmpty()) {
            booking.setProcedure(bookable.get(0).value());
        }
        loadBookTimes();
    }

    /** The free times of the day shown for the procedure chosen. */
    public void loadBookTimes() {
        bookTimes = List.of();
        LocalDate date = shownDay();
        if (date != null && booking.getProcedure() != null) {
            attempt(() -> bookTimes = times(desk.freeTimes(staff.member(), office, booking.getProcedure(), date)));
        }
    }

    /** Books for the applicant; the code is then shown to say aloud or print. */
    public void book() {
        LocalDate date = shownDay();
        if (date == null) {
            return;
        }
        boolean ok = true;
        if (booking.getTime() == null || booking.getTime().isBlank() || !isTime(booking.getTime())) {
            Texts.error("bookForm:time", "console.staffAct.timeRequired");
            ok = false;
        }
        var applicant = booking.applicant("bookForm:", LocalDate.ofInstant(clock.instant(), zoneId()));
        if (!ok || applicant.isEmpty()) {
            return;
        }
        Appointment[] booked = new Appointment[1];
        if (attempt(() -> booked[0] = desk.book(staff.member(), new StaffBookingCommand(office,
                booking.getProcedure(), startOf(date, booking.getTime()), applicant.get())))) {
            bookedCode = booked[0].code().value();
            bookedSummary = Texts.text("console.staffAct.bookedSummary", applicant.get().fullName(),
                    Texts.date(date), booking.getTime());
            Texts.info("console.staffAct.booked", bookedCode);
            refresh();
            loadBookTimes();
        }
    }

    /** The proof of a confirmed appointment as a PDF, to print for the applicant (a non-Ajax action). */
    public void downloadProof(String code) throws IOException {
        byte[][] pdf = new byte[1][];
        if (attempt(() -> pdf[0] = desk.proof(staff.member(), office, code))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            var external = faces.getExternalContext();
            external.setResponseContentType("application/pdf");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"cita-" + code + ".pdf\"");
            external.setResponseHeader("Cache-Control", "no-store");
            external.getResponseOutputStream().write(pdf[0]);
            faces.responseComplete();
        }
    }

    private List<String> times(List<FreeSlot> free) {
        return free.stream().map(f -> Texts.time(f.start())).toList();
    }

    private Instant startOf(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(zoneId()).toInstant();
    }

    /** The day the page shows, as its form sent it back; null (said at the top) when that was tampered with. */
    private LocalDate shownDay() {
        return parsedDay(day, null);
    }

    private static boolean isTime(String typed) {
        try {
            LocalTime.parse(typed);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private LocalDate parsedDay(String typed, String field) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            Texts.error(field, "console.agenda.badDay");
            return null;
        }
    }

    private ZoneId zoneId() {
        return offices.stream().filter(o -> o.id().value().equals(office)).findFirst().map(Office::timeZone)
                .orElse(ZoneId.of("America/Mexico_City"));
    }

    public void checkIn() {
        Priority priority = Arrays.stream(Priority.values()).filter(p -> p.name().equals(checkInPriority))
                .findFirst().orElse(Priority.NONE);
        RunAgendaUseCase.CheckIn[] done = new RunAgendaUseCase.CheckIn[1];
        if (attempt(() -> done[0] = agenda.checkIn(staff.member(), office, checkInCode, checkInPassport, priority))) {
            // the number the person is called by in the waiting room
            Texts.info("console.agenda.checkedIn", checkInCode, done[0].visit().number().value());
            refresh();
        } else if (!refused && mayWork != mayWorkNow()) {
            refresh();
        }
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
        LocalDate date = shownDay();
        AgendaDay[] read = new AgendaDay[1];
        if (date != null && attempt(() -> read[0] = agenda.agendaDay(staff.member(), office, date))) {
            SheetDownload.send(FacesContext.getCurrentInstance(), AgendaExport.sheet(read[0].office(), date,
                    clock.instant(), rows(read[0]), Texts::text), format);
        }
    }

    /**
     * A step on an appointment. Done: said, and the day read again. Refused because the member's role changed since
     * the page was shown (made a supervisor, say): the day is read again, so the page offers what they may do now.
     */
    /**
     * As {@link #change}, for a change the applicant is mailed about: when they gave no e-mail address nobody mails
     * them, and the page tells staff to call them (with the phone they gave, if any).
     */
    private void mailingChange(Supplier<Appointment> step, String doneKey, String code) {
        Appointment[] changed = new Appointment[1];
        change(() -> changed[0] = step.get(), doneKey, code);
        if (changed[0] != null && changed[0].applicant().email().isEmpty()) {
            Optional<String> phone = changed[0].applicant().phone().filter(p -> !p.isBlank());
            if (phone.isPresent()) {
                Texts.warn("console.staffAct.notMailed", code, phone.get());
            } else {
                Texts.warn("console.staffAct.notMailedNoPhone", code);
            }
        }
    }

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
        LocalDate date = shownDay();
        if (date == null) {
            return;
        }
        attempt(() -> {
            // the use case decides (and audits) whether this member may read the office, and what they may do in it
            AgendaDay read = agenda.agendaDay(staff.member(), office, date);
            rows = rows(read);
            mayWork = read.mayWork();
            slots(date);
            officeName = read.office().name();
            dayInWords = Texts.date(date);
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

    /** "martes, 1 de diciembre de 2026". */
    public String getDayInWords() {
        return dayInWords;
    }

    /** For the printed agenda's header: "Impreso por ana.lopez el …". */
    public String getPrintedBy() {
        return Texts.text("console.staffAct.printedBy", staff.member().username().value(),
                Texts.date(LocalDate.ofInstant(clock.instant(), zoneId())),
                Texts.time(clock.instant().atZone(zoneId())));
    }

    /** Said above the printed day: how many appointments it lists, all of them (the screen shows a page). */
    public String getPrintCount() {
        return rows.isEmpty() ? Texts.text("console.agenda.empty")
                : Texts.text("console.agenda.printCount", rows.size());
    }

    public AgendaRow getCheckInRow() {
        return checkInRow;
    }

    public boolean isOpenCheckIn() {
        return openCheckIn;
    }

    public String getCancelTitle() {
        return Texts.text("console.staffAct.cancelTitle", actionCode == null ? "" : actionCode);
    }

    public String getMoveTitle() {
        return Texts.text("console.staffAct.moveTitle", actionCode == null ? "" : actionCode);
    }

    public String getActionCode() {
        return actionCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(String moveDay) {
        this.moveDay = moveDay;
    }

    public String getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(String moveTime) {
        this.moveTime = moveTime;
    }

    public List<String> getMoveTimes() {
        return moveTimes;
    }

    public StaffBookingForm getBooking() {
        return booking;
    }

    public List<String> getBookTimes() {
        return bookTimes;
    }

    public List<Choice> getBookable() {
        return bookable;
    }

    public String getBookedCode() {
        return bookedCode;
    }

    public String getBookedSummary() {
        return bookedSummary;
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

    public String getCheckInPriority() {
        return checkInPriority;
    }

    public void setCheckInPriority(String checkInPriority) {
        this.checkInPriority = checkInPriority;
    }

    /** The priorities the law gives, for the check-in dialog. */
    public List<String> getPriorities() {
        return Arrays.stream(Priority.values()).map(Priority::name).toList();
    }

    public void setCheckInPassport(String checkInPassport) {
        this.checkInPassport = checkInPassport;
    }
}
