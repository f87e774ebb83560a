package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/**
 * A slot an office offers: its start at the office, its places, and the procedures it serves (they share the
 * places). Built from the weekly schedule and the closures the same way the public calendar builds its days.
 */
public record OfferedSlot(ZonedDateTime start, int places, Set<ProcedureCode> procedures) {

    public OfferedSlot {
        requirePresent(start, "internal", "Start");
        require(places >= 1, "internal.places", "A slot offers at least one place");
        procedures = Set.copyOf(requirePresent(procedures, "internal", "Procedures"));
    }

    /**
     * The slots of {@code schedule} on the days in [{@code from}, {@code toExclusive}) the office is open, in
     * order of start ({@code closures} says which days are closed; the schedule's office's zone places them).
     */
    public static List<OfferedSlot> between(WeeklySchedule schedule, ClosureCalendar closures,
            ZoneId zone, LocalDate from, LocalDate toExclusive) {
        List<OfferedSlot> slots = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (closures.isClosed(day)) {
                continue;
            }
            for (OpeningPeriod period : schedule.periodsOn(day.getDayOfWeek())) {
                for (ZonedDateTime start : period.slotStartsOn(day, zone)) {
                    slots.add(new OfferedSlot(start, period.placesPerSlot(), period.procedures()));
                }
            }
        }
        slots.sort((a, b) -> a.start().compareTo(b.start()));
        return slots;
    }

    /** Whether it serves the procedure; every slot serves "any procedure" (empty). */
    public boolean serves(Optional<ProcedureCode> procedure) {
        return procedure.map(procedures::contains).orElse(true);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    /** Places taken in it, as the ledger counts them. */
    public int taken(TakenPlaces taken) {
        return taken.at(start.toInstant());
    }

    /** Places still free: never below zero, even where places were taken away from a slot already booked. */
    public int free(TakenPlaces taken) {
        return Math.max(0, places - taken(taken));
    }
}
