package mx.gob.inm.citas.application.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Fake of {@link CapacitySnapshots}: a map that refuses a second snapshot of an office-day like the primary key. */
public class InMemoryCapacitySnapshots implements CapacitySnapshots, Snapshotting {

    private record Key(OfficeId office, LocalDate day, ProcedureCode procedure) {
    }

    private static final Comparator<CapacitySnapshot> BY_DAY_THEN_PROCEDURE = Comparator
            .comparing(CapacitySnapshot::day).thenComparing(s -> s.procedure().value());

    private final Map<Key, CapacitySnapshot> stored = new HashMap<>();

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        stored.clear();
        stored.putAll((Map<Key, CapacitySnapshot>) snapshot);
    }

    /** All or nothing, as the caller's transaction would be once the store refused one row. */
    @Override
    public synchronized void record(List<CapacitySnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        CapacitySnapshot first = snapshots.get(0);
        Set<ProcedureCode> procedures = new HashSet<>();
        for (CapacitySnapshot s : snapshots) {
            if (!s.office().equals(first.office()) || !s.day().equals(first.day()) || !procedures.add(s.procedure())) {
                throw new IllegalArgumentException("Snapshots are recorded one office-day at a time, each procedure"
                        + " once: " + s.office() + " " + s.day() + " " + s.procedure());
            }
            if (stored.containsKey(key(s))) {
                throw new EditConflictException("the capacity snapshot of office " + first.office() + " for "
                        + first.day());
            }
        }
        snapshots.forEach(s -> stored.put(key(s), s));
    }

    @Override
    public synchronized boolean hasDay(OfficeId office, LocalDate day) {
        return stored.keySet().stream().anyMatch(k -> k.office().equals(office) && k.day().equals(day));
    }

    @Override
    public synchronized Optional<LocalDate> lastDay(OfficeId office) {
        return stored.keySet().stream().filter(k -> k.office().equals(office)).map(Key::day)
                .max(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<CapacitySnapshot> between(OfficeId office, LocalDate from, LocalDate to) {
        return stored.values().stream()
                .filter(s -> s.office().equals(office) && !s.day().isBefore(from) && !s.day().isAfter(to))
                .sorted(BY_DAY_THEN_PROCEDURE).toList();
    }

    private static Key key(CapacitySnapshot s) {
        return new Key(s.office(), s.day(), s.procedure());
    }
}
