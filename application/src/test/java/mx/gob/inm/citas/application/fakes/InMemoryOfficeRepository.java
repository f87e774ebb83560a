package mx.gob.inm.citas.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link OfficeRepository} for fast tests. */
public class InMemoryOfficeRepository implements OfficeRepository {

    private final Map<OfficeId, Office> offices = new ConcurrentHashMap<>();

    @Override
    public List<Office> findAll() {
        return offices.values().stream()
                .sorted(Comparator.comparing((Office o) -> o.state().code()).thenComparing(Office::city)).toList();
    }

    @Override
    public Optional<Office> findById(OfficeId id) {
        return Optional.ofNullable(offices.get(id)).map(InMemoryOfficeRepository::copy);
    }

    @Override
    public void save(Office office) {
        offices.put(office.id(), copy(office));
    }

    @Override
    public long count() {
        return offices.size();
    }

    /** Stored copies behave like rows: changing a loaded office changes nothing until it is saved. */
    private static Office copy(Office o) {
        return Office.reconstitute(o.id(), o.name(), o.state(), o.city(), o.address(), o.timeZone(), o.isActive(),
                o.version());
    }
}
