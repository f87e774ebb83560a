package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.AgendaDay;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.office.Office;

/**
 * One appointment as the agenda shows it: times in the office's zone, texts in the page's language, and the steps
 * the use case allows this member on it (none in lists that only show who is concerned).
 */
public record AgendaRow(String code, String day, String time, String procedure, String applicant, String passport,
        String nationality, String status, String statusLabel, boolean mayCheckIn, boolean mayMarkNoShow,
        boolean mayFinish, String dateOfBirth, String reason, boolean mayMove, boolean mayCancel, boolean mayUndo,
        boolean confirmed, String procedureCode) implements Serializable {

    /** The row of an appointment of the day, with the steps {@code entry} allows. */
    static AgendaRow of(AgendaDay.Entry entry, List<Office> offices, String procedureName) {
        return of(entry.appointment(), entry.steps(), zoneOf(entry.appointment(), offices), procedureName,
                Texts.text("console.status." + entry.appointment().status().name()),
                Texts.date(entry.appointment().applicant().dateOfBirth()));
    }

    /** The row of {@code appointment} in a list without actions: day and time in its office's zone. */
    static AgendaRow of(Appointment appointment, List<Office> offices, String procedureName) {
        return of(appointment, Set.of(), zoneOf(appointment, offices), procedureName,
                Texts.text("console.status." + appointment.status().name()),
                Texts.date(appointment.applicant().dateOfBirth()));
    }

    /** The row itself, with the texts already in the page's language (the date of birth as ISO 8601). */
    static AgendaRow of(Appointment appointment, Set<AgendaStep> steps, ZoneId zone, String procedureName,
            String statusLabel) {
        return of(appointment, steps, zone, procedureName, statusLabel,
                appointment.applicant().dateOfBirth().toString());
    }

    /** The row itself, with the texts already in the page's language. */
    static AgendaRow of(Appointment appointment, Set<AgendaStep> steps, ZoneId zone, String procedureName,
            String statusLabel, String dateOfBirth) {
        return new AgendaRow(appointment.code().value(), appointment.start().atZone(zone).toLocalDate().toString(),
                Texts.time(appointment.start().atZone(zone)), procedureName, appointment.applicant().fullName(),
                appointment.applicant().passport().value(), appointment.applicant().nationality().code(),
                appointment.status().name(), statusLabel, steps.contains(AgendaStep.CHECK_IN),
                steps.contains(AgendaStep.MARK_NO_SHOW), steps.contains(AgendaStep.MARK_ATTENDED),
                dateOfBirth, appointment.staffReason().orElse(""),
                steps.contains(AgendaStep.MOVE), steps.contains(AgendaStep.CANCEL), steps.contains(AgendaStep.UNDO),
                appointment.status() == AppointmentStatus.CONFIRMED, appointment.procedure().value());
    }

    private static ZoneId zoneOf(Appointment appointment, List<Office> offices) {
        return offices.stream().filter(o -> o.id().equals(appointment.office())).findFirst().map(Office::timeZone)
                .orElse(ZoneId.of("America/Mexico_City"));
    }

    public String getCode() {
        return code;
    }

    public String getDay() {
        return day;
    }

    public String getTime() {
        return time;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getPassport() {
        return passport;
    }

    public String getNationality() {
        return nationality;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** May be checked in by this member (confirmed; the day is checked when it is tried). */
    public boolean isMayCheckIn() {
        return mayCheckIn;
    }

    /** May be marked no-show by this member (confirmed; the grace period is checked when it is tried). */
    public boolean isMayMarkNoShow() {
        return mayMarkNoShow;
    }

    /** May be marked attended by this member (checked in). */
    public boolean isMayFinish() {
        return mayFinish;
    }

    /** "17 de mayo de 1990": compared with the document at check-in. */
    public String getDateOfBirth() {
        return dateOfBirth;
    }

    /** Why staff last cancelled or moved it; empty when they never did. */
    public String getReason() {
        return reason;
    }

    /** May be moved for the applicant by this member (confirmed). */
    public boolean isMayMove() {
        return mayMove;
    }

    /** May be cancelled for the applicant by this member (confirmed, not yet started). */
    public boolean isMayCancel() {
        return mayCancel;
    }

    /** A mistaken check-in, attended or no-show may be undone by this member (on the day). */
    public boolean isMayUndo() {
        return mayUndo;
    }

    /** Confirmed: it has a proof to print. */
    public boolean isConfirmed() {
        return confirmed;
    }
}
