package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.util.Optional;

/**
 * Who cancelled an appointment, and when. The moment is unknown ({@code at} empty) only for appointments cancelled
 * before the system recorded it.
 */
public record Cancellation(By by, Optional<Instant> at) {

    /** Who cancelled. */
    public enum By {
        /** The applicant, through the public site, the API or a link in an e-mail. */
        APPLICANT,
        /** The office, because it closed on the appointment's day. */
        OFFICE
    }

    public Cancellation {
        requirePresent(by, "internal", "Who cancelled");
        at = requirePresent(at, "internal", "When it was cancelled");
    }

    public static Cancellation by(By by, Instant at) {
        return new Cancellation(by, Optional.of(requirePresent(at, "internal", "When it was cancelled")));
    }
}
