package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * Out-port: the transactional outbox. A notification is stored in the same transaction as the change it tells
 * about, and sent later; a store shared by several instances hands each message to one sender at a time.
 */
public interface Outbox {

    void enqueue(OutboxMessage message);

    /**
     * Claims up to {@code limit} unsent messages due at {@code now} for {@code lease}; a message claimed by one
     * caller is not handed to another until the lease runs out.
     */
    List<OutboxMessage> claimDue(Instant now, Duration lease, int limit);

    /**
     * When the latest message about the appointment at this start was queued (a verification, confirmation, move
     * or reminder, sent or not); empty when none was.
     */
    Optional<Instant> lastQueuedAbout(ConfirmationCode appointment, Instant start);

    void markSent(String messageId, Instant sentAt);

    /** Records a failed attempt and when to try again. */
    void markFailed(String messageId, int attempts, Instant nextAttempt, String error);
}
