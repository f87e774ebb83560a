package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Adapter: stores offices with JPA; an edit of an office read at an older version is refused. */
@ApplicationScoped
class JpaOfficeRepository implements OfficeRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    /** Where the caches learn of changes made by other instances; the Data Grid's in a cluster. */
    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

    private final ReadCache<OfficeId, Optional<Office>> byId = new ReadCache<>("offices", () -> versions);
    private final ReadCache<String, List<Office>> all = new ReadCache<>("offices", () -> versions);

    JpaOfficeRepository() {
    }

    JpaOfficeRepository(EntityManager em) {
        this.em = em;
    }

    /** As an instance of a cluster whose versions are {@code versions}. */
    JpaOfficeRepository(EntityManager em, CatalogueVersions versions) {
        this.em = em;
        this.versions = versions;
    }

    @Override
    public List<Office> findAll() {
        return all.get("all", key -> findAllAsStored()).stream().map(JpaOfficeRepository::copy).toList();
    }

    @Override
    public Optional<Office> findById(OfficeId id) {
        return byId.get(id, this::findByIdAsStored).map(JpaOfficeRepository::copy);
    }

    @Override
    public List<Office> findAllAsStored() {
        return em.createQuery("SELECT o FROM OfficeEntity o ORDER BY o.stateCode, o.city", OfficeEntity.class)
                .getResultStream().map(OfficeMapper::toDomain).toList();
    }

    @Override
    public Optional<Office> findByIdAsStored(OfficeId id) {
        return Optional.ofNullable(em.find(OfficeEntity.class, id.value())).map(OfficeMapper::toDomain);
    }

    /** Offices can change (deactivate): callers get their own copy, never the cached one. */
    private static Office copy(Office o) {
        return Office.reconstitute(o.id(), o.name(), o.state(), o.city(), o.address(), o.timeZone(), o.isActive(),
                o.version());
    }

    @Override
    public void save(Office office) {
        byId.changed();
        all.changed();
        String what = "the office " + office.id();
        OfficeEntity existing = em.find(OfficeEntity.class, office.id().value());
        if (existing == null) {
            // Written at once: rows that refer to it (schedules, closures) may follow in the same transaction, and
            // EclipseLink does not know to insert this first, as there is no JPA relationship between them.
            VersionedRows.insert(em, OfficeMapper.copy(office, new OfficeEntity()), "OFFICE", "PK_OFFICE", what);
        } else {
            VersionedRows.update(em, existing, existing.version, office.version(), what,
                    () -> OfficeMapper.copy(office, existing));
        }
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM OfficeEntity o", Long.class).getSingleResult();
    }
}
