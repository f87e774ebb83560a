package mx.gob.inm.citas.domain.schedule;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * One stretch of a weekday when an office books appointments: its hours are cut into slots of equal length,
 * each with the same number of places (one per staffed window), for the procedures listed.
 */
public record OpeningPeriod(DayOfWeek day, TimeRange hours, Duration slotLength, int placesPerSlot,
        Set<ProcedureCode> procedures) {

    public static final int MAX_PLACES_PER_SLOT = 500;

    public OpeningPeriod {
        requirePresent(day, "weekday", "Weekday");
        requirePresent(hours, "timeRange", "Opening hours");
        requirePresent(slotLength, "slotLength", "Slot length");
        require(slotLength.toMinutes() >= 5 && slotLength.toMinutes() <= 240
                && slotLength.equals(Duration.ofMinutes(slotLength.toMinutes())), "slotLength.outOfRange",
                "A slot lasts a whole number of minutes between 5 and 240");
        require(slotLength.compareTo(hours.length()) <= 0, "slotLength.doesNotFit",
                "A slot of " + slotLength.toMinutes() + " minutes does not fit in " + hours, slotLength.toMinutes(),
                hours.start(), hours.end());
        require(placesPerSlot >= 1 && placesPerSlot <= MAX_PLACES_PER_SLOT, "places.outOfRange",
                "Places per slot must be between 1 and " + MAX_PLACES_PER_SLOT, MAX_PLACES_PER_SLOT);
        procedures = Set.copyOf(requirePresent(procedures, "procedures", "Procedures"));
        require(!procedures.isEmpty(), "procedures.none", "An opening period serves at least one procedure");
    }

    /** The local start times of its slots: every slot ends within the opening hours. */
    public List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        LocalTime start = hours.start();
        // Counting in minutes avoids LocalTime wrapping past midnight.
        long minutesLeft = hours.length().toMinutes();
        long step = slotLength.toMinutes();
        while (minutesLeft >= step) {
            starts.add(start);
            start = start.plusMinutes(step);
            minutesLeft -= step;
        }
        return starts;
    }

    /**
     * Its slots on {@code day} at an office in {@code zone}, as moments. A slot whose wall-clock start a
     * daylight-saving jump skips does not exist that day; in the hour repeated when clocks go back, a slot starts at
     * the first occurrence.
     */
    public List<ZonedDateTime> slotStartsOn(LocalDate day, ZoneId zone) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (LocalTime localStart : slotStarts()) {
            LocalDateTime wallClock = day.atTime(localStart);
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wallClock);
            if (!offsets.isEmpty()) {
                starts.add(ZonedDateTime.ofLocal(wallClock, zone, offsets.get(0)));
            }
        }
        return starts;
    }

    public boolean serves(ProcedureCode procedure) {
        return procedures.contains(procedure);
    }
}
