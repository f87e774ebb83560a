package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Adapter: stores closures with JPA. */
@ApplicationScoped
class JpaClosureRepository implements ClosureRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaClosureRepository() {
    }

    JpaClosureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM ClosureEntity c WHERE (c.officeId = :office OR c.officeId IS NULL)"
                + " AND c.firstDay <= :to AND c.lastDay >= :from ORDER BY c.firstDay", ClosureEntity.class)
                .setParameter("office", office.value()).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .map(c -> new Closure(Optional.ofNullable(c.officeId).map(OfficeId::new), c.firstDay, c.lastDay,
                        c.reason))
                .toList();
    }

    @Override
    public void save(Closure closure) {
        ClosureEntity e = new ClosureEntity();
        e.officeId = closure.office().map(OfficeId::value).orElse(null);
        e.firstDay = closure.firstDay();
        e.lastDay = closure.lastDay();
        e.reason = closure.reason();
        em.persist(e);
    }
}
