package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * A notification waiting in the outbox: what to tell ({@link NotificationKind}) about which appointment. The id is
 * also the e-mail's Message-ID, so a message that is sent again is recognisably the same message.
 */
public record OutboxMessage(String id, ConfirmationCode appointment, NotificationKind kind, Instant createdAt,
        int attempts) {

    public static OutboxMessage of(String id, ConfirmationCode appointment, NotificationKind kind, Instant now) {
        return new OutboxMessage(id, appointment, kind, now, 0);
    }
}
