package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** Adapter: stores the procedure catalogue with JPA. */
@ApplicationScoped
class JpaProcedureRepository implements ProcedureRepository {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    private final ReadCache<ProcedureCode, Optional<Procedure>> byCode = new ReadCache<>();
    private final ReadCache<String, List<Procedure>> all = new ReadCache<>();

    JpaProcedureRepository() {
    }

    JpaProcedureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Procedure> findAll() {
        return all.get("all", key -> em.createQuery("SELECT p FROM ProcedureEntity p ORDER BY p.code",
                ProcedureEntity.class).getResultStream().map(ProcedureMapper::toDomain).toList());
    }

    @Override
    public Optional<Procedure> findByCode(ProcedureCode code) {
        return byCode.get(code, key -> Optional.ofNullable(em.find(ProcedureEntity.class, key.value()))
                .map(ProcedureMapper::toDomain));
    }

    @Override
    public void save(Procedure procedure) {
        byCode.forgetAll();
        all.forgetAll();
        ProcedureEntity existing = em.find(ProcedureEntity.class, procedure.code().value());
        if (existing == null) {
            em.persist(ProcedureMapper.copy(procedure, new ProcedureEntity()));
            // Rows that refer to it (schedules, closures) may follow in the same transaction, and EclipseLink
            // does not know to insert this first: there is no JPA relationship between them.
            em.flush();
        } else {
            ProcedureMapper.copy(procedure, existing);
        }
    }
}
