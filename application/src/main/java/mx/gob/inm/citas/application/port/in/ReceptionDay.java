package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;

/**
 * Reception's view of an office's day: each pool of walk-in tokens with its quota and how many were given, the
 * visits still on the floor, and how many wait.
 */
public record ReceptionDay(Office office, LocalDate day, List<PoolDay> pools, List<Visit> open, int waiting) {

    /** A pool's day: {@code quota} tokens, {@code issued} given. */
    public record PoolDay(WalkInPool pool, int quota, int issued) {

        public int left() {
            return Math.max(0, quota - issued);
        }
    }

    public ReceptionDay {
        pools = List.copyOf(pools);
        open = List.copyOf(open);
    }
}
