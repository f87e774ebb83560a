package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Row of {@code audit_entry}; times are UTC wall-clock (see {@link Utc}), empty texts are NULL. */
@Entity
@Table(name = "AUDIT_ENTRY")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "AUDIT_ENTRY_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "OCCURRED_AT")
    LocalDateTime occurredAt;

    @Column(name = "ACTOR")
    String actor;

    @Column(name = "ACTION")
    String action;

    @Column(name = "OFFICE_ID")
    String officeId;

    @Column(name = "SUBJECT")
    String subject;

    @Column(name = "DETAIL")
    String detail;
}
