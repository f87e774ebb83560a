package mx.gob.inm.citas.application.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Fake of {@link ProcedureRepository} for fast tests: each save raises the stored version, like the real store
 * (procedures are immutable, so no copies are needed).
 */
public class InMemoryProcedureRepository implements ProcedureRepository, Snapshotting {

    private final Map<String, Procedure> procedures = new TreeMap<>();

    @Override
    public synchronized Object snapshot() {
        return new TreeMap<>(procedures);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        procedures.clear();
        procedures.putAll((Map<String, Procedure>) snapshot);
    }

    @Override
    public synchronized List<Procedure> findAll() {
        return List.copyOf(procedures.values());
    }

    @Override
    public synchronized Optional<Procedure> findByCode(ProcedureCode code) {
        return Optional.ofNullable(procedures.get(code.value()));
    }

    @Override
    public synchronized void save(Procedure procedure) {
        Procedure stored = procedures.get(procedure.code().value());
        if (stored != null && stored.version() != procedure.version()) {
            throw new EditConflictException("the procedure " + procedure.code());
        }
        procedures.put(procedure.code().value(), Procedure.reconstitute(procedure.code(), procedure.name(),
                procedure.duration(), procedure.requirements(), procedure.isBookableOnline(),
                procedure.version() + 1));
    }
}
