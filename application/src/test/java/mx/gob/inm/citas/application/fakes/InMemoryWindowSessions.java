package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Fake of {@link WindowSessions} for fast tests. Given the floors, it knows the windows as the real adapter does: only
 * a window of the office's floor can be opened, and one removed from the floor is no longer open. Without them,
 * every window exists.
 */
public class InMemoryWindowSessions implements WindowSessions {

    private record Key(OfficeId office, int window) {
    }

    private final Map<Key, String> open = new HashMap<>();
    private final Optional<OfficeFloorRepository> floors;

    /** Every window of every office exists. */
    public InMemoryWindowSessions() {
        this.floors = Optional.empty();
    }

    /** The windows are those of the offices' floors in {@code floors}. */
    public InMemoryWindowSessions(OfficeFloorRepository floors) {
        this.floors = Optional.of(floors);
    }

    @Override
    public synchronized boolean tryOpen(OfficeId office, int window, String username, Instant now) {
        forgetRemovedWindows(office);
        if (!exists(office, window)) {
            return false;
        }
        return open.putIfAbsent(new Key(office, window), username) == null
                || open.get(new Key(office, window)).equals(username);
    }

    @Override
    public synchronized void close(OfficeId office, int window, String username) {
        open.remove(new Key(office, window), username);
    }

    @Override
    public synchronized Map<Integer, String> openWindows(OfficeId office) {
        forgetRemovedWindows(office);
        Map<Integer, String> windows = new TreeMap<>();
        open.forEach((key, user) -> {
            if (key.office().equals(office)) {
                windows.put(key.window(), user);
            }
        });
        return windows;
    }

    private boolean exists(OfficeId office, int window) {
        return floors.isEmpty() || floors.get().find(office).flatMap(f -> f.window(window)).isPresent();
    }

    private void forgetRemovedWindows(OfficeId office) {
        if (floors.isPresent()) {
            Optional<OfficeFloor> floor = floors.get().find(office);
            open.keySet().removeIf(key -> key.office().equals(office)
                    && floor.flatMap(f -> f.window(key.window())).isEmpty());
        }
    }
}
