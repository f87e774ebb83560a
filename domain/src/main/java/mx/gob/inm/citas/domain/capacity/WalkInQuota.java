package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The quota of one pool of walk-in tokens over past days, and what it gave: each day counted has the pool's daily
 * number unless it has its own ({@link mx.gob.inm.citas.domain.floor.OfficeFloor#tokensOn}). A day counts when the
 * office was open (its week has hours that day and no closure applies) or the pool gave tokens on it anyway. The
 * floor keeps only its pools as they are now: a past day without its own number counts the current daily number, and
 * a pool taken away since has no quota left (its tokens still count as issued, with {@code dailyTokens} 0).
 */
public record WalkInQuota(int dailyTokens, Map<LocalDate, Integer> ownDays) {

    public WalkInQuota {
        require(dailyTokens >= 0, "internal.negative", "Counts cannot be negative");
        ownDays = Map.copyOf(ownDays);
        require(ownDays.values().stream().allMatch(n -> n >= 0), "internal.negative", "Counts cannot be negative");
    }

    /** The tokens of {@code day}: its own number, or the daily one. */
    public int on(LocalDate day) {
        return ownDays.getOrDefault(day, dailyTokens);
    }

    /**
     * What the pool gave of its quota: the tokens {@code issued} per day, against the quota of the days the office
     * was {@code open} and of those it gave tokens on.
     */
    public WalkInUse use(Collection<LocalDate> open, Map<LocalDate, Long> issued) {
        Set<LocalDate> counted = new TreeSet<>(open);
        counted.addAll(issued.keySet());
        long quota = counted.stream().mapToLong(this::on).sum();
        return new WalkInUse(issued.values().stream().mapToLong(Long::longValue).sum(), quota);
    }
}
