package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;

/**
 * How long a hold waits for its e-mail verification, how many wrong codes it tolerates before it is released, and
 * how often the code may be sent again ({@value #MAX_RESENDS}: enough for a lost message, too little to flood an
 * inbox) and how often the address may be corrected ({@value #MAX_EMAIL_CHANGES}: enough for a typo and a second
 * one, too few for one hold to mail strangers over and over).
 */
public record VerificationPolicy(Duration holdFor, int maxAttempts) {

    public static final int MAX_RESENDS = 1;
    public static final int MAX_EMAIL_CHANGES = 2;

    public VerificationPolicy {
        require(holdFor != null && holdFor.toMinutes() >= 1 && holdFor.toHours() <= 24, "internal.holdDuration",
                "A hold lasts between 1 minute and 24 hours");
        require(maxAttempts >= 1 && maxAttempts <= 20, "internal.attempts", "Between 1 and 20 verification attempts");
    }
}
