package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.office.Office;

/** One appointment as the agenda shows it: times in the office's zone, texts in the page's language. */
public record AgendaRow(String code, String day, String time, String procedure, String applicant, String passport,
        String nationality, String status, String statusLabel, boolean mayCheckIn, boolean mayFinish)
        implements Serializable {

    /**
     * The row of {@code appointment}: day and time in its office's zone (one of {@code offices}), the status in the
     * page's language, and which agenda actions its status allows.
     */
    static AgendaRow of(Appointment appointment, List<Office> offices, String procedureName) {
        ZoneId zone = zoneOf(appointment, offices);
        AppointmentStatus status = appointment.status();
        return new AgendaRow(appointment.code().value(), appointment.start().atZone(zone).toLocalDate().toString(),
                Texts.time(appointment.start().atZone(zone)), procedureName, appointment.applicant().fullName(),
                appointment.applicant().passport().value(), appointment.applicant().nationality().code(),
                status.name(), Texts.text("console.status." + status.name()), status == AppointmentStatus.CONFIRMED,
                status == AppointmentStatus.CHECKED_IN);
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

    /** Confirmed: can be checked in (or marked no-show once the grace period has passed). */
    public boolean isMayCheckIn() {
        return mayCheckIn;
    }

    /** Checked in: can be marked attended. */
    public boolean isMayFinish() {
        return mayFinish;
    }
}
