package mx.gob.inm.citas.adapters.persistence;

import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;

/** Maps audit entries between the domain and {@link AuditEntryEntity}. */
final class AuditEntryMapper {

    private AuditEntryMapper() {
    }

    /** The entry as recorded; a NULL text (Oracle's empty string) comes back empty. */
    static AuditEntry toDomain(AuditEntryEntity e) {
        return new AuditEntry(Utc.instant(e.occurredAt), e.actor, AuditAction.valueOf(e.action),
                e.officeId == null ? null : new OfficeId(e.officeId), e.subject, e.detail);
    }

    static AuditEntryEntity toEntity(AuditEntry entry) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.occurredAt = Utc.of(entry.at());
        e.actor = entry.actor();
        e.action = entry.action().name();
        e.officeId = entry.officeIfAny().map(OfficeId::value).orElse(null);
        e.subject = entry.subject().isEmpty() ? null : entry.subject();
        e.detail = entry.detail().isEmpty() ? null : entry.detail();
        return e;
    }
}
