package mx.gob.inm.citas.domain.availability;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.ZonedDateTime;

/** A slot that still has places, with its start in the office's own time zone. */
public record FreeSlot(ZonedDateTime start, int remaining) {

    public FreeSlot {
        requirePresent(start, "internal", "Slot start");
        require(remaining >= 1, "internal.places", "A free slot has at least one place left");
    }
}
