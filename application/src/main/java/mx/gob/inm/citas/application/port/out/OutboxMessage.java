package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * A notification waiting in the outbox: what to tell ({@link NotificationKind}) about which appointment, with the
 * start and invitation sequence the appointment had when it was queued (a confirmation sent after a quick move
 * still tells the time that was confirmed). The id is also the e-mail's Message-ID, so a message that is sent
 * again is recognisably the same message.
 */
public record OutboxMessage(String id, ConfirmationCode appointment, NotificationKind kind, Instant start,
        int sequence, Instant createdAt, int attempts) {

    public static OutboxMessage of(String id, ConfirmationCode appointment, NotificationKind kind, Instant start,
            int sequence, Instant now) {
        return new OutboxMessage(id, appointment, kind, start, sequence, now, 0);
    }
}
