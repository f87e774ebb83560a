package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Adapter: reads taken places from {@code slot_ledger}. */
@ApplicationScoped
class JpaSlotLedger implements SlotLedger {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaSlotLedger() {
    }

    JpaSlotLedger(EntityManager em) {
        this.em = em;
    }

    @Override
    public TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to) {
        return new TakenPlaces(em.createQuery("SELECT s FROM SlotLedgerEntity s WHERE s.officeId = :office"
                + " AND s.slotStartUtc >= :from AND s.slotStartUtc < :to AND s.taken > 0", SlotLedgerEntity.class)
                .setParameter("office", office.value()).setParameter("from", utc(from)).setParameter("to", utc(to))
                .getResultStream()
                .collect(Collectors.toMap(s -> s.slotStartUtc.toInstant(ZoneOffset.UTC), s -> s.taken)));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
