package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Arrays;
import java.util.Collection;

/**
 * The visits of some part of an office's floor (a day and a procedure, say) as measured: how many joined the queue,
 * how many were walk-ins, served or not seen when called, and every wait and every service in whole seconds. Parts
 * add up without losing anything ({@link #combine}), so the figures of many days or offices ({@link #figures()}) are
 * taken over all their visits, as if counted together. Immutable: it keeps its own sorted copies.
 */
public final class VisitSample {

    public static final VisitSample NONE = new VisitSample(0, 0, 0, 0, new long[0], new long[0]);

    private final long visits;
    private final long walkIns;
    private final long served;
    private final long noShows;
    private final long[] waits;
    private final long[] services;

    /**
     * {@code waits}: the seconds from joining the queue to the first call, of the visits called; {@code services}:
     * the seconds from start to end at the window, of the visits served there; in any order.
     */
    public VisitSample(long visits, long walkIns, long served, long noShows, long[] waits, long[] services) {
        require(waits != null && services != null, "internal.figures", "A figure is missing");
        require(waits.length <= visits && services.length <= served, "internal.figures",
                "More durations than visits");
        this.waits = sorted(waits);
        this.services = sorted(services);
        require(this.waits.length == 0 || this.waits[0] >= 0, "internal.negative", "A wait cannot be negative");
        require(this.services.length == 0 || this.services[0] >= 0, "internal.negative",
                "A service cannot be negative");
        // FloorVisits checks the counts themselves
        new FloorVisits(visits, walkIns, served, noShows, DurationFigures.NONE, DurationFigures.NONE);
        this.visits = visits;
        this.walkIns = walkIns;
        this.served = served;
        this.noShows = noShows;
    }

    /** The parts together: their counts added, their durations pooled. */
    public static VisitSample combine(Collection<VisitSample> parts) {
        if (parts.isEmpty()) {
            return NONE;
        }
        if (parts.size() == 1) {
            return parts.iterator().next();
        }
        long visits = 0;
        long walkIns = 0;
        long served = 0;
        long noShows = 0;
        int waitCount = 0;
        int serviceCount = 0;
        for (VisitSample part : parts) {
            visits += part.visits;
            walkIns += part.walkIns;
            served += part.served;
            noShows += part.noShows;
            waitCount += part.waits.length;
            serviceCount += part.services.length;
        }
        long[] waits = new long[waitCount];
        long[] services = new long[serviceCount];
        int w = 0;
        int s = 0;
        for (VisitSample part : parts) {
            System.arraycopy(part.waits, 0, waits, w, part.waits.length);
            w += part.waits.length;
            System.arraycopy(part.services, 0, services, s, part.services.length);
            s += part.services.length;
        }
        return new VisitSample(visits, walkIns, served, noShows, waits, services);
    }

    /** The figures of these visits: counts, and the median, 90th percentile and mean of the waits and services. */
    public FloorVisits figures() {
        return new FloorVisits(visits, walkIns, served, noShows, DurationFigures.ofSortedSeconds(waits),
                DurationFigures.ofSortedSeconds(services));
    }

    public long visits() {
        return visits;
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitSample o && visits == o.visits && walkIns == o.walkIns && served == o.served
                && noShows == o.noShows && Arrays.equals(waits, o.waits) && Arrays.equals(services, o.services);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(visits) * 31 + Arrays.hashCode(waits) * 17 + Arrays.hashCode(services);
    }

    @Override
    public String toString() {
        return "VisitSample[visits=" + visits + ", walkIns=" + walkIns + ", served=" + served + ", noShows=" + noShows
                + ", waits=" + Arrays.toString(waits) + ", services=" + Arrays.toString(services) + "]";
    }
}
