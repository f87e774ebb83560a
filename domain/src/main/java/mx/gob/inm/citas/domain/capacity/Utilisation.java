package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.OptionalDouble;

/** Utilisation = places booked ÷ places offered, over the same slots. No figure when nothing was offered. */
public record Utilisation(long booked, long offered) {

    public Utilisation {
        require(booked >= 0 && offered >= 0, "internal.negative", "Places cannot be negative");
    }

    /** Between 0 and 1 (above 1 only when places were taken away from slots already booked). */
    public OptionalDouble ratio() {
        return offered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) booked / offered);
    }

    /** Whether it is above {@code threshold} (a ratio); never when nothing was offered. */
    public boolean isAbove(double threshold) {
        return offered > 0 && (double) booked / offered > threshold;
    }
}
