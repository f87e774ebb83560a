package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How long something took over many visits (the wait before the first call, the time at the window): how many were
 * measured, the median (p50: half took at most that), the 90th percentile (p90: nine in ten took at most that) and
 * the mean, in whole seconds; none of the three when nothing was measured. The percentiles are the continuous ones of
 * SQL's {@code PERCENTILE_CONT}: between the two nearest measurements, in proportion, taken over every measurement
 * (never an average of the percentiles of parts).
 */
public record DurationFigures(long measured, Optional<Duration> median, Optional<Duration> p90,
        Optional<Duration> mean) {

    public static final DurationFigures NONE = new DurationFigures(0, Optional.empty(), Optional.empty(),
            Optional.empty());

    public DurationFigures {
        require(measured >= 0, "internal.negative", "Counts cannot be negative");
        require(median != null && p90 != null && mean != null, "internal.figures", "A figure is missing");
        require(median.isPresent() == measured > 0 && p90.isPresent() == measured > 0
                && mean.isPresent() == measured > 0, "internal.figures",
                "Durations have figures exactly when some were measured");
        require(median.isEmpty() || median.get().compareTo(p90.get()) <= 0, "internal.figures",
                "The median cannot be above the 90th percentile");
    }

    /** From seconds as the store computed them (fractions rounded to the nearest second); none when nothing was. */
    public static DurationFigures ofSeconds(long measured, OptionalDouble median, OptionalDouble p90,
            OptionalDouble mean) {
        if (measured == 0) {
            return NONE;
        }
        return new DurationFigures(measured, seconds(median), seconds(p90), seconds(mean));
    }

    /** The figures of these durations (each in whole seconds, as the store subtracts its timestamps). */
    public static DurationFigures of(Collection<Duration> durations) {
        return ofSortedSeconds(durations.stream().mapToLong(Duration::toSeconds).sorted().toArray());
    }

    /** The figures of durations given in whole seconds, in ascending order. */
    public static DurationFigures ofSortedSeconds(long[] sorted) {
        if (sorted.length == 0) {
            return NONE;
        }
        double sum = 0;
        for (long s : sorted) {
            sum += s;
        }
        return ofSeconds(sorted.length, OptionalDouble.of(percentile(sorted, 0.5)),
                OptionalDouble.of(percentile(sorted, 0.9)), OptionalDouble.of(sum / sorted.length));
    }

    /**
     * The continuous percentile {@code p} of sorted values: at the position p × (n − 1) counted from 0, between the
     * values on either side of it, in proportion.
     */
    static double percentile(long[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    private static Optional<Duration> seconds(OptionalDouble value) {
        require(value.isPresent(), "internal.figures", "A figure is missing");
        return Optional.of(Duration.ofSeconds(Math.round(value.getAsDouble())));
    }
}
