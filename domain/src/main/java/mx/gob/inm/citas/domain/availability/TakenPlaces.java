package mx.gob.inm.citas.domain.availability;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.time.Instant;
import java.util.Map;

/** How many places are already taken in each slot of an office, keyed by the slot's start instant. */
public record TakenPlaces(Map<Instant, Integer> bySlotStart) {

    public TakenPlaces {
        bySlotStart = Map.copyOf(bySlotStart);
        require(bySlotStart.values().stream().allMatch(n -> n >= 0), "internal.negative",
                "Taken places cannot be negative");
    }

    public static TakenPlaces none() {
        return new TakenPlaces(Map.of());
    }

    public int at(Instant slotStart) {
        return bySlotStart.getOrDefault(slotStart, 0);
    }
}
