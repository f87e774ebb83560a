package mx.gob.inm.citas.application.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Fake of {@link OfficeRepository} for fast tests: each save raises the stored version, like the real store. */
public class InMemoryOfficeRepository implements OfficeRepository, Snapshotting {

    private final Map<OfficeId, Office> offices = new HashMap<>();

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(offices);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        offices.clear();
        offices.putAll((Map<OfficeId, Office>) snapshot);
    }

    @Override
    public synchronized List<Office> findAll() {
        return offices.values().stream()
                .sorted(Comparator.comparing((Office o) -> o.state().code()).thenComparing(Office::city))
                .map(o -> copy(o, o.version())).toList();
    }

    @Override
    public synchronized Optional<Office> findById(OfficeId id) {
        return Optional.ofNullable(offices.get(id)).map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized void save(Office office) {
        Office stored = offices.get(office.id());
        if (stored != null && stored.version() != office.version()) {
            throw new EditConflictException("the office " + office.id());
        }
        offices.put(office.id(), copy(office, office.version() + 1));
    }

    @Override
    public synchronized long count() {
        return offices.size();
    }

    /** Stored copies behave like rows: changing a loaded office changes nothing until it is saved. */
    private static Office copy(Office o, long version) {
        return Office.reconstitute(o.id(), o.name(), o.state(), o.city(), o.address(), o.timeZone(), o.isActive(),
                version);
    }
}
