package mx.gob.inm.citas.application.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Fake of {@link OfficeFloorRepository} for fast tests. */
public class InMemoryOfficeFloorRepository implements OfficeFloorRepository, Snapshotting {

    private final Map<OfficeId, OfficeFloor> floors = new HashMap<>();

    @Override
    public synchronized Optional<OfficeFloor> find(OfficeId office) {
        return Optional.ofNullable(floors.get(office)).map(f -> copy(f, f.version()));
    }

    @Override
    public synchronized OfficeFloor save(OfficeFloor floor) {
        long stored = Optional.ofNullable(floors.get(floor.office())).map(OfficeFloor::version).orElse(0L);
        if (stored != floor.version()) {
            throw new EditConflictException("the floor of " + floor.office().value());
        }
        OfficeFloor saved = copy(floor, stored + 1);
        floors.put(floor.office(), saved);
        return copy(saved, saved.version());
    }

    private static OfficeFloor copy(OfficeFloor f, long version) {
        return OfficeFloor.reconstitute(f.office(), f.pools(), f.dayTokens(), f.windows(), f.ratio(),
                f.conversionLead().orElse(null), version);
    }

    @Override
    public synchronized Object snapshot() {
        return Map.copyOf(floors);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        floors.clear();
        floors.putAll((Map<OfficeId, OfficeFloor>) snapshot);
    }
}
