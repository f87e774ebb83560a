package mx.gob.inm.citas.application.fakes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link WalkInTally} for fast tests. */
public class InMemoryWalkInTally implements WalkInTally, Snapshotting {

    private record Key(OfficeId office, char letter, LocalDate day) {
    }

    private final Map<Key, Integer> issued = new HashMap<>();

    @Override
    public synchronized boolean tryIssue(OfficeId office, char letter, LocalDate day, int quota) {
        Key key = new Key(office, letter, day);
        int given = issued.getOrDefault(key, 0);
        if (given >= quota) {
            return false;
        }
        issued.put(key, given + 1);
        return true;
    }

    @Override
    public synchronized int issued(OfficeId office, char letter, LocalDate day) {
        return issued.getOrDefault(new Key(office, letter, day), 0);
    }

    /** A pool's count of a day, as {@link #all()} lists them. */
    public record Count(OfficeId office, char letter, LocalDate day, int issued) {
    }

    /** Every day's count of every pool (what {@link InMemoryFloorStatistics} reads). */
    public synchronized java.util.List<Count> all() {
        return issued.entrySet().stream().map(e -> new Count(e.getKey().office(), e.getKey().letter(),
                e.getKey().day(), e.getValue())).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return Map.copyOf(issued);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        issued.clear();
        issued.putAll((Map<Key, Integer>) snapshot);
    }
}
