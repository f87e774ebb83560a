package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.domain.staff.AuditEntry;

/** Adapter: keeps the audit log in {@code audit_entry} with JPA, in the caller's transaction. */
@ApplicationScoped
class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaAuditLog() {
    }

    JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(AuditEntryMapper.toEntity(entry));
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where(conditions, parameters, "e.actor = :actor", "actor", query.actor());
        where(conditions, parameters, "e.action = :action", "action",
                query.action() == null ? null : query.action().name());
        where(conditions, parameters, "e.officeId = :office", "office",
                query.office() == null ? null : query.office().value());
        where(conditions, parameters, "e.subject = :subject", "subject", query.subject());
        where(conditions, parameters, "e.occurredAt >= :from", "from", Utc.of(query.from()));
        where(conditions, parameters, "e.occurredAt < :to", "to", Utc.of(query.to()));
        // Of entries made at the same instant, the one recorded last (the higher id) comes first.
        TypedQuery<AuditEntryEntity> select = em.createQuery("SELECT e FROM AuditEntryEntity e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntryEntity.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(query.limit()).getResultStream().map(AuditEntryMapper::toDomain).toList();
    }

    private static void where(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
