package mx.gob.inm.citas.domain.availability;

import java.time.LocalDate;
import java.util.List;

/** The free slots of one calendar day at an office, earliest first. */
public record DayAvailability(LocalDate date, List<FreeSlot> slots) {

    public DayAvailability {
        slots = List.copyOf(slots);
    }
}
