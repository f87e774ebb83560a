package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link WindowSessions} for fast tests. */
public class InMemoryWindowSessions implements WindowSessions {

    private record Key(OfficeId office, int window) {
    }

    private final Map<Key, String> open = new HashMap<>();

    @Override
    public synchronized boolean tryOpen(OfficeId office, int window, String username, Instant now) {
        return open.putIfAbsent(new Key(office, window), username) == null
                || open.get(new Key(office, window)).equals(username);
    }

    @Override
    public synchronized void close(OfficeId office, int window, String username) {
        open.remove(new Key(office, window), username);
    }

    @Override
    public synchronized Map<Integer, String> openWindows(OfficeId office) {
        Map<Integer, String> windows = new TreeMap<>();
        open.forEach((key, user) -> {
            if (key.office().equals(office)) {
                windows.put(key.window(), user);
            }
        });
        return windows;
    }
}
