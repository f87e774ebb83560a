package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of {@code outbox_message}; times are UTC wall-clock (see {@link Utc}). */
@Entity
@Table(name = "OUTBOX_MESSAGE")
class OutboxMessageEntity {

    @Id
    @Column(name = "ID")
    String id;

    @Column(name = "APPOINTMENT_CODE")
    String appointmentCode;

    @Column(name = "KIND")
    String kind;

    @Column(name = "SLOT_START")
    LocalDateTime slotStart;

    @Column(name = "SEQUENCE_NO")
    int sequence;

    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;

    @Column(name = "DUE_AT")
    LocalDateTime dueAt;

    @Column(name = "ATTEMPTS")
    int attempts;

    /** Lower goes first: see {@link mx.gob.inm.citas.application.port.out.NotificationKind#priority()}. */
    @Column(name = "PRIORITY")
    int priority;

    @Column(name = "CLAIMED_UNTIL")
    LocalDateTime claimedUntil;

    @Column(name = "SENT_AT")
    LocalDateTime sentAt;

    @Column(name = "LAST_ERROR")
    String lastError;
}
