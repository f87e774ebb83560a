package mx.gob.inm.citas.application.port.out;

import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Out-port: stores the procedure catalogue. */
public interface ProcedureRepository {

    /** Every procedure, ordered by code. */
    List<Procedure> findAll();

    Optional<Procedure> findByCode(ProcedureCode code);

    /** Every procedure as stored now, never from a cache: for the console, whose edits carry the stored version. */
    default List<Procedure> findAllAsStored() {
        return findAll();
    }

    /**
     * Inserts a new procedure or replaces the one with the same code, requirements included. A replacement
     * succeeds only while the stored procedure still has {@link Procedure#version()}, checked by the store.
     *
     * @throws EditConflictException when the stored procedure has another version
     */
    void save(Procedure procedure);
}
