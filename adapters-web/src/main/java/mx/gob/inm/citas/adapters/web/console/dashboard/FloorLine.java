package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.util.Comparator;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.PoolFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureFloor;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * A line of the office view's floor: a procedure with its visits, or a pool of walk-in tokens with its procedures
 * and its tokens issued of its quota.
 */
public final class FloorLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String label;
    private final FloorCells cells;

    private FloorLine(String key, String label, FloorCells cells) {
        this.key = key;
        this.label = label;
        this.cells = cells;
    }

    static FloorLine of(ProcedureFloor procedure, Figures figures, ProcedureNames procedures) {
        return new FloorLine(procedure.procedure().value(), procedures.of(procedure.procedure()),
                new FloorCells(procedure.visits(), WalkInUse.NONE, figures));
    }

    /** "A · Canje de visa, Renovación de residencia"; a pool taken away says so. */
    static FloorLine of(PoolFloor pool, Figures figures, ProcedureNames procedures) {
        String served = pool.procedures().isEmpty() ? figures.text("console.dashboard.floor.poolGone")
                : pool.procedures().stream().sorted(Comparator.comparing(ProcedureCode::value))
                        .map(procedures::of).collect(Collectors.joining(", "));
        return new FloorLine(String.valueOf(pool.letter()), served, new FloorCells(FloorVisits.NONE,
                pool.walkIns(), figures));
    }

    /** The procedure's code, or the pool's letter. */
    public String getKey() {
        return key;
    }

    /** The procedure's name, or the procedures of the pool. */
    public String getLabel() {
        return label;
    }

    public FloorCells getCells() {
        return cells;
    }
}
