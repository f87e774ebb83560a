package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

/**
 * What the visit log says of an office's floor over some days: the visits that joined the queue (walk-in tokens and
 * checked-in appointments; a check-in undone before the call is none), how many of them were walk-ins, how many were
 * served at a window and how many were called and not seen there; how long people waited from joining the queue
 * (the token issued, the appointment checked in) to their first call, and how long serving took from its start to
 * its end at the window. A visit still waiting has no wait yet, and one ended outside the queue (marked attended on
 * the agenda) no service time.
 */
public record FloorVisits(long visits, long walkIns, long served, long noShows, DurationFigures waiting,
        DurationFigures service) {

    public static final FloorVisits NONE = new FloorVisits(0, 0, 0, 0, DurationFigures.NONE, DurationFigures.NONE);

    public FloorVisits {
        require(visits >= 0 && walkIns >= 0 && served >= 0 && noShows >= 0, "internal.negative",
                "Counts cannot be negative");
        require(walkIns <= visits && served + noShows <= visits, "internal.figures", "Visits do not add up");
        require(waiting != null && service != null, "internal.figures", "A figure is missing");
    }

    /** Of the visits decided at a window (served, or called and not seen), the share that did not come. */
    public NoShowRate noShowRate() {
        return new NoShowRate(served, noShows);
    }
}
