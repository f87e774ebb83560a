package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** A numbered service window (ventanilla) of an office and the procedures it serves. */
public record ServiceWindow(int number, Set<ProcedureCode> procedures) {

    public static final int MAX_NUMBER = 99;

    public ServiceWindow {
        require(number >= 1 && number <= MAX_NUMBER, "window.number", "A window is numbered from 1 to 99", MAX_NUMBER);
        require(procedures != null && !procedures.isEmpty(), "window.procedures",
                "A window serves at least one procedure", number);
        procedures = Set.copyOf(procedures);
    }

    public boolean serves(ProcedureCode procedure) {
        return procedures.contains(procedure);
    }
}
