package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: who is at each service window of an office. Opening a window is one conditional step in the store, so
 * two staff members never open one window at once.
 */
public interface WindowSessions {

    /** Opens {@code window} for {@code username} unless someone else has it open; true when it is theirs now. */
    boolean tryOpen(OfficeId office, int window, String username, Instant now);

    /** Closes the window if {@code username} has it open. */
    void close(OfficeId office, int window, String username);

    /** Who has each open window of the office. */
    Map<Integer, String> openWindows(OfficeId office);

    default Optional<String> openedBy(OfficeId office, int window) {
        return Optional.ofNullable(openWindows(office).get(window));
    }
}
