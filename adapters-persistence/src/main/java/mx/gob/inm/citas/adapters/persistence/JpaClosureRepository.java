package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** Where the caches learn of changes made by other instances; the Data Grid's in a cluster. */
    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

    /** Every closure that applies to an office (its own and the nationwide ones): a short list, filtered here. */
    private final ReadCache<OfficeId, List<Closure>> byOffice = new ReadCache<>("closures", () -> versions);

    JpaClosureRepository() {
    }

    JpaClosureRepository(EntityManager em) {
        this.em = em;
    }

    /** As an instance of a cluster whose versions are {@code versions}. */
    JpaClosureRepository(EntityManager em, CatalogueVersions versions) {
        this.em = em;
        this.versions = versions;
    }

    @Override
    public List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to) {
        return byOffice.get(office, this::allApplyingTo).stream()
                .filter(c -> !c.firstDay().isAfter(to) && !c.lastDay().isBefore(from)).toList();
    }

    @Override
    public List<Closure> findApplyingToAsStored(OfficeId office, LocalDate from, LocalDate to) {
        return allApplyingTo(office).stream()
                .filter(c -> !c.firstDay().isAfter(to) && !c.lastDay().isBefore(from)).toList();
    }

    private List<Closure> allApplyingTo(OfficeId office) {
        return em.createQuery("SELECT c FROM ClosureEntity c WHERE (c.officeId = :office OR c.officeId IS NULL)"
                + " ORDER BY c.firstDay", ClosureEntity.class)
                .setParameter("office", office.value())
                .getResultStream()
                .map(c -> new Closure(Optional.ofNullable(c.officeId).map(OfficeId::new), c.firstDay, c.lastDay,
                        StoredText.read(c.reason)))
                .toList();
    }

    @Override
    public void save(Closure closure) {
        byOffice.changed();
        ClosureEntity e = new ClosureEntity();
        e.officeId = closure.office().map(OfficeId::value).orElse(null);
        e.firstDay = closure.firstDay();
        e.lastDay = closure.lastDay();
        e.reason = closure.reason();
        em.persist(e);
    }

    @Override
    public boolean remove(Closure closure) {
        byOffice.changed();
        String sameDays = " AND c.firstDay = :first AND c.lastDay = :last AND c.reason = :reason";
        var delete = closure.office()
                .map(office -> em.createQuery("DELETE FROM ClosureEntity c WHERE c.officeId = :office" + sameDays)
                        .setParameter("office", office.value()))
                .orElseGet(() -> em.createQuery("DELETE FROM ClosureEntity c WHERE c.officeId IS NULL" + sameDays));
        return delete.setParameter("first", closure.firstDay())
                .setParameter("last", closure.lastDay())
                .setParameter("reason", closure.reason())
                .executeUpdate() > 0;
    }
}
