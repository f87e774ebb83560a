package mx.gob.inm.citas.domain.availability;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** The free places of one procedure at one office over a range of days; only days with a free slot appear. */
public record Availability(OfficeId office, ProcedureCode procedure, ZoneId timeZone, DateRange range,
        List<DayAvailability> days) {

    public Availability {
        days = List.copyOf(days);
    }

    public Optional<FreeSlot> firstFreeSlot() {
        return days.stream().flatMap(d -> d.slots().stream()).findFirst();
    }
}
