package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * Adapter: the outbox in {@code outbox_message}. A message is claimed by a conditional update of its lease, so
 * among several instances only one sends it at a time.
 */
@ApplicationScoped
class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaOutbox() {
    }

    JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void enqueue(OutboxMessage message) {
        OutboxMessageEntity e = new OutboxMessageEntity();
        e.id = message.id();
        e.appointmentCode = message.appointment().value();
        e.kind = message.kind().name();
        e.slotStart = Utc.of(message.start());
        e.sequence = message.sequence();
        e.createdAt = Utc.of(message.createdAt());
        e.dueAt = e.createdAt;
        e.attempts = message.attempts();
        e.priority = message.kind().priority();
        em.persist(e);
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        LocalDateTime at = Utc.of(now);
        List<OutboxMessageEntity> due = em.createQuery("SELECT m FROM OutboxMessageEntity m WHERE m.sentAt IS NULL"
                + " AND m.dueAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now) "
                + " ORDER BY m.priority, m.dueAt",
                OutboxMessageEntity.class).setParameter("now", at).setMaxResults(limit).getResultList();
        return due.stream().filter(m -> claim(m.id, at, Utc.of(now.plus(lease)))).map(JpaOutbox::toMessage).toList();
    }

    private boolean claim(String id, LocalDateTime now, LocalDateTime until) {
        return em.createQuery("UPDATE OutboxMessageEntity m SET m.claimedUntil = :until WHERE m.id = :id"
                + " AND m.sentAt IS NULL AND (m.claimedUntil IS NULL OR m.claimedUntil <= :now)")
                .setParameter("until", until).setParameter("id", id).setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public Optional<Instant> lastQueuedAbout(ConfirmationCode appointment, Instant start) {
        LocalDateTime last = em.createQuery("SELECT MAX(m.createdAt) FROM OutboxMessageEntity m"
                + " WHERE m.appointmentCode = :code AND m.slotStart = :start", LocalDateTime.class)
                .setParameter("code", appointment.value()).setParameter("start", Utc.of(start)).getSingleResult();
        return Optional.ofNullable(last).map(Utc::instant);
    }

    @Override
    public void markSent(String messageId, Instant sentAt) {
        em.createQuery("UPDATE OutboxMessageEntity m SET m.sentAt = :sent, m.claimedUntil = NULL WHERE m.id = :id")
                .setParameter("sent", Utc.of(sentAt)).setParameter("id", messageId).executeUpdate();
    }

    @Override
    public void markFailed(String messageId, int attempts, Instant nextAttempt, String error) {
        em.createQuery("UPDATE OutboxMessageEntity m SET m.attempts = :attempts, m.dueAt = :due,"
                + " m.claimedUntil = NULL, m.lastError = :error WHERE m.id = :id")
                .setParameter("attempts", attempts).setParameter("due", Utc.of(nextAttempt))
                .setParameter("error", error).setParameter("id", messageId).executeUpdate();
    }

    private static OutboxMessage toMessage(OutboxMessageEntity e) {
        return new OutboxMessage(e.id, new ConfirmationCode(e.appointmentCode), NotificationKind.valueOf(e.kind),
                Utc.instant(e.slotStart), e.sequence, Utc.instant(e.createdAt), e.attempts);
    }
}
