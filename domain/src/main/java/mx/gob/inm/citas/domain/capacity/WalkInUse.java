package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.OptionalDouble;

/**
 * Walk-in tokens (fichas) issued against the quota of the same days: the share = issued ÷ quota. It may pass 1 where
 * online places nobody took became tokens beyond the quota. No share when there was no quota.
 */
public record WalkInUse(long issued, long quota) {

    public static final WalkInUse NONE = new WalkInUse(0, 0);

    public WalkInUse {
        require(issued >= 0 && quota >= 0, "internal.negative", "Counts cannot be negative");
    }

    public OptionalDouble share() {
        return quota == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) issued / quota);
    }

    public WalkInUse plus(WalkInUse other) {
        return new WalkInUse(issued + other.issued, quota + other.quota);
    }
}
