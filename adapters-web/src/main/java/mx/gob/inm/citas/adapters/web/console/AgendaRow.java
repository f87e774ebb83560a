package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;

/** One appointment as the agenda shows it: times in the office's zone, texts in the page's language. */
public record AgendaRow(String code, String day, String time, String procedure, String applicant, String passport,
        String nationality, String status, String statusLabel, boolean mayCheckIn, boolean mayFinish)
        implements Serializable {

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
