package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_ALLOWED_NOW;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;
import java.time.Instant;

/**
 * An applicant is a no-show only once {@code grace} has passed after the start: people caught in a queue at the door
 * or in traffic still get served if they arrive within it.
 */
public record NoShowPolicy(Duration grace) {

    public NoShowPolicy {
        require(grace != null && !grace.isNegative(), "internal.grace", "The no-show grace period cannot be negative");
    }

    public boolean mayMarkNoShow(Instant appointmentStart, Instant now) {
        return !now.isBefore(appointmentStart.plus(grace));
    }

    public void checkMayMarkNoShow(Instant appointmentStart, Instant now) {
        if (!mayMarkNoShow(appointmentStart, now)) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.noShowTooSoon",
                    "An applicant can be marked no-show only " + grace.toMinutes()
                            + " minutes after the start of the appointment", grace.toMinutes());
        }
    }
}
