package mx.gob.inm.citas.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link ClosureRepository} for fast tests. */
public class InMemoryClosureRepository implements ClosureRepository, Snapshotting {

    private final List<Closure> closures = new CopyOnWriteArrayList<>();

    @Override
    public synchronized Object snapshot() {
        return List.copyOf(closures);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        closures.clear();
        closures.addAll((List<Closure>) snapshot);
    }

    @Override
    public List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to) {
        return closures.stream()
                .filter(c -> c.appliesTo(office) && !c.firstDay().isAfter(to) && !c.lastDay().isBefore(from))
                .toList();
    }

    @Override
    public List<Closure> findApplyingToAsStored(OfficeId office, LocalDate from, LocalDate to) {
        return findApplyingTo(office, from, to);
    }

    @Override
    public synchronized void save(Closure closure) {
        closures.add(closure);
    }

    @Override
    public synchronized boolean remove(Closure closure) {
        return closures.remove(closure);
    }

    /** Every closure ever saved and not removed, in order. */
    public List<Closure> all() {
        return List.copyOf(closures);
    }
}
