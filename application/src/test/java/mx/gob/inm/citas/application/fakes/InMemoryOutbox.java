package mx.gob.inm.citas.application.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/** Fake of {@link Outbox} for fast tests. */
public class InMemoryOutbox implements Outbox, Snapshotting {

    private static final class Row {
        OutboxMessage message;
        Instant due;
        Instant claimedUntil;
        Instant sentAt;
        String lastError;
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows.clear();
        rows.putAll((Map<String, Row>) snapshot);
    }

    @Override
    public synchronized void enqueue(OutboxMessage message) {
        Row row = new Row();
        row.message = message;
        row.due = message.createdAt();
        rows.put(message.id(), row);
    }

    @Override
    public synchronized List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        List<OutboxMessage> claimed = new ArrayList<>();
        rows.values().stream()
                .filter(r -> r.sentAt == null && !r.due.isAfter(now)
                        && (r.claimedUntil == null || !r.claimedUntil.isAfter(now)))
                .sorted(Comparator.<Row>comparingInt(r -> r.message.kind().priority()).thenComparing(r -> r.due))
                .limit(limit)
                .forEach(r -> {
                    r.claimedUntil = now.plus(lease);
                    claimed.add(r.message);
                });
        return claimed;
    }

    @Override
    public synchronized Optional<Instant> lastQueuedAbout(ConfirmationCode appointment, Instant start) {
        return rows.values().stream().map(r -> r.message)
                .filter(m -> m.appointment().equals(appointment) && m.start().equals(start))
                .map(OutboxMessage::createdAt).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized void markSent(String messageId, Instant sentAt) {
        Row row = rows.get(messageId);
        row.sentAt = sentAt;
        row.claimedUntil = null;
    }

    @Override
    public synchronized void markFailed(String messageId, int attempts, Instant nextAttempt, String error) {
        Row row = rows.get(messageId);
        OutboxMessage m = row.message;
        row.message = new OutboxMessage(m.id(), m.appointment(), m.kind(), m.start(), m.sequence(), m.createdAt(),
                attempts);
        row.due = nextAttempt;
        row.claimedUntil = null;
        row.lastError = error;
    }

    /** Every message ever enqueued, in order. */
    public synchronized List<OutboxMessage> all() {
        return rows.values().stream().map(r -> r.message).toList();
    }

    public synchronized boolean isSent(String messageId) {
        return rows.get(messageId).sentAt != null;
    }
}
