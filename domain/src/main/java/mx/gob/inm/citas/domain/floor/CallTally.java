package mx.gob.inm.citas.domain.floor;

import java.util.List;
import java.util.Optional;

/**
 * Where the turn of appointments and walk-ins stands at an office: the kind of the last visit without priority it
 * called today and how many of that kind it has called in a row (see {@link QueueOrder}).
 */
public record CallTally(Optional<VisitKind> lastKind, int run) {

    /** No call yet today. */
    public static final CallTally NONE = new CallTally(Optional.empty(), 0);

    public CallTally {
        if (run < 0 || lastKind.isEmpty() != (run == 0)) {
            throw new IllegalArgumentException("a run counts calls of the last kind: " + lastKind + " x " + run);
        }
    }

    /** The tally of {@code kinds}, the office's calls of visits without priority today, the latest first. */
    public static CallTally ofLatestFirst(List<VisitKind> kinds) {
        if (kinds.isEmpty()) {
            return NONE;
        }
        VisitKind last = kinds.get(0);
        int run = 0;
        while (run < kinds.size() && kinds.get(run) == last) {
            run++;
        }
        return new CallTally(Optional.of(last), run);
    }

    /** The tally once {@code visit} is called: a visit with priority takes no one's turn. */
    public CallTally after(Visit visit) {
        if (visit.priority().isPriority()) {
            return this;
        }
        return lastKind.filter(k -> k == visit.kind()).isPresent() ? new CallTally(lastKind, run + 1)
                : new CallTally(Optional.of(visit.kind()), 1);
    }

    /** Whether an appointment goes next when both kinds wait: until the run of either reaches its share. */
    boolean appointmentsTurn(QueueRatio ratio) {
        if (lastKind.isEmpty()) {
            return true;
        }
        return lastKind.get() == VisitKind.APPOINTMENT ? run < ratio.appointments() : run >= ratio.walkIns();
    }
}
