package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Adapter: stores offices with JPA. */
@ApplicationScoped
class JpaOfficeRepository implements OfficeRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaOfficeRepository() {
    }

    JpaOfficeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Office> findAll() {
        return em.createQuery("SELECT o FROM OfficeEntity o ORDER BY o.stateCode, o.city", OfficeEntity.class)
                .getResultStream().map(OfficeMapper::toDomain).toList();
    }

    @Override
    public Optional<Office> findById(OfficeId id) {
        return Optional.ofNullable(em.find(OfficeEntity.class, id.value())).map(OfficeMapper::toDomain);
    }

    @Override
    public void save(Office office) {
        OfficeEntity existing = em.find(OfficeEntity.class, office.id().value());
        if (existing == null) {
            em.persist(OfficeMapper.copy(office, new OfficeEntity()));
            // Rows that refer to it (schedules, closures) may follow in the same transaction, and EclipseLink
            // does not know to insert this first: there is no JPA relationship between them.
            em.flush();
        } else {
            OfficeMapper.copy(office, existing);
        }
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM OfficeEntity o", Long.class).getSingleResult();
    }
}
