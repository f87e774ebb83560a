package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** Adapter: stores the procedure catalogue with JPA; an edit of a procedure read at an older version is refused. */
@ApplicationScoped
class JpaProcedureRepository implements ProcedureRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    /** Where the caches learn of changes made by other instances; the Data Grid's in a cluster. */
    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

    private final ReadCache<ProcedureCode, Optional<Procedure>> byCode = new ReadCache<>("procedures",
            () -> versions);
    private final ReadCache<String, List<Procedure>> all = new ReadCache<>("procedures", () -> versions);

    JpaProcedureRepository() {
    }

    JpaProcedureRepository(EntityManager em) {
        this.em = em;
    }

    /** As an instance of a cluster whose versions are {@code versions}. */
    JpaProcedureRepository(EntityManager em, CatalogueVersions versions) {
        this.em = em;
        this.versions = versions;
    }

    @Override
    public List<Procedure> findAll() {
        return all.get("all", key -> findAllAsStored());
    }

    @Override
    public List<Procedure> findAllAsStored() {
        return em.createQuery("SELECT p FROM ProcedureEntity p ORDER BY p.code", ProcedureEntity.class)
                .getResultStream().map(ProcedureMapper::toDomain).toList();
    }

    @Override
    public Optional<Procedure> findByCode(ProcedureCode code) {
        return byCode.get(code, key -> Optional.ofNullable(em.find(ProcedureEntity.class, key.value()))
                .map(ProcedureMapper::toDomain));
    }

    @Override
    public void save(Procedure procedure) {
        byCode.changed();
        all.changed();
        String what = "the procedure " + procedure.code();
        ProcedureEntity existing = em.find(ProcedureEntity.class, procedure.code().value());
        if (existing == null) {
            // Written at once: rows that refer to it (schedules, closures) may follow in the same transaction, and
            // EclipseLink does not know to insert this first, as there is no JPA relationship between them.
            VersionedRows.insert(em, ProcedureMapper.copy(procedure, new ProcedureEntity()), "SERVICE_PROCEDURE",
                    "PK_SERVICE_PROCEDURE", what);
        } else {
            VersionedRows.update(em, existing, existing.version, procedure.version(), what,
                    () -> ProcedureMapper.copy(procedure, existing));
        }
    }
}
