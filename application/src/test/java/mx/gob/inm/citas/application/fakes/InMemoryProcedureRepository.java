package mx.gob.inm.citas.application.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** Fake of {@link ProcedureRepository} for fast tests (procedures are immutable, so no copies are needed). */
public class InMemoryProcedureRepository implements ProcedureRepository {

    private final Map<String, Procedure> procedures = new ConcurrentSkipListMap<>();

    @Override
    public List<Procedure> findAll() {
        return List.copyOf(procedures.values());
    }

    @Override
    public Optional<Procedure> findByCode(ProcedureCode code) {
        return Optional.ofNullable(procedures.get(code.value()));
    }

    @Override
    public void save(Procedure procedure) {
        procedures.put(procedure.code().value(), procedure);
    }
}
