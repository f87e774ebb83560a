package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.TOO_LATE_TO_CHANGE;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Cancelling or moving an appointment is allowed until {@code cutoff} before it starts, so the office can plan. */
public record ChangePolicy(Duration cutoff) {

    public ChangePolicy {
        require(cutoff != null && !cutoff.isNegative(), "internal.cutoff", "The change cut-off cannot be negative");
    }

    public void checkCanChange(Instant appointmentStart, Instant now) {
        if (now.isAfter(appointmentStart.minus(cutoff))) {
            throw new AppointmentRefusedException(TOO_LATE_TO_CHANGE, "Appointments can be cancelled or moved until "
                    + describe(cutoff) + " before they start; this one can no longer be changed online");
        }
    }

    /** The last moment an appointment starting at {@code start} may be changed online; empty once it has passed. */
    public Optional<Instant> deadline(Instant start, Instant now) {
        Instant deadline = start.minus(cutoff);
        return now.isAfter(deadline) ? Optional.empty() : Optional.of(deadline);
    }

    private static String describe(Duration duration) {
        long hours = duration.toHours();
        return hours >= 1 && duration.equals(Duration.ofHours(hours)) ? hours + " hours" : duration.toMinutes()
                + " minutes";
    }
}
