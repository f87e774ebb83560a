package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.OptionalDouble;

/**
 * No-show rate = no-shows ÷ (attended + no-shows): of the applicants whose appointment was decided at the office,
 * the share that did not come. Cancelled and still undecided appointments do not count. No figure when none was
 * decided.
 */
public record NoShowRate(long attended, long noShows) {

    public NoShowRate {
        require(attended >= 0 && noShows >= 0, "internal.negative", "Counts cannot be negative");
    }

    public OptionalDouble ratio() {
        long decided = attended + noShows;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) noShows / decided);
    }
}
