package mx.gob.inm.citas.domain.floor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * One step of a visit, as the append-only visit log keeps it: what happened, when, at which window (if any), who did
 * it ({@code by}: a staff member's username, empty for the person's own steps) and, for a transfer, where to.
 */
public record VisitEvent(OfficeId office, LocalDate day, DisplayNumber number, VisitEventKind kind, Instant at,
        Optional<Integer> window, Optional<String> by, String detail) {

    public VisitEvent {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(by, "by");
        detail = detail == null ? "" : detail;
    }

    /** The same step, done by the staff member {@code username}. */
    public VisitEvent by(String username) {
        return new VisitEvent(office, day, number, kind, at, window, Optional.ofNullable(username), detail);
    }
}
