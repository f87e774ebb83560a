package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_ALLOWED_NOW;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an applicant's personal data is kept after their appointment: {@code days} after it started, their
 * names, passport, date of birth, e-mail and phone are forgotten ({@link Appointment#anonymise}). At least one day,
 * so nothing is forgotten before the office has served the applicant. Days are 24 hours from the start, whatever
 * the office's time zone.
 */
public record RetentionPolicy(int days) {

    public RetentionPolicy {
        require(days >= 1, "internal.retention",
                "Personal data is kept at least 1 day after the appointment (asked: " + days + ")");
    }

    /** Appointments that started before this instant are due to be anonymised at {@code now}. */
    public Instant forgetStartedBefore(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    public boolean mayForget(Instant appointmentStart, Instant now) {
        return appointmentStart.isBefore(forgetStartedBefore(now));
    }

    public void checkMayForget(Instant appointmentStart, Instant now) {
        if (!mayForget(appointmentStart, now)) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.retained",
                    "An applicant's personal data is kept " + days + " days after the appointment", days);
        }
    }
}
