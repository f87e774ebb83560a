package mx.gob.inm.citas.domain.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/**
 * Computes free places: every slot of the weekly schedule that serves the procedure, on days the office is not
 * closed, inside the booking window, with places left after those already taken.
 */
public final class AvailabilityCalculator {

    private final BookingWindow window;

    public AvailabilityCalculator(BookingWindow window) {
        this.window = window;
    }

    /**
     * The free places of {@code procedure} at {@code office} over {@code range}, as seen at {@code now}.
     *
     * @throws ProcedureNotBookableOnlineException when the procedure is served only in person
     * @throws ProcedureNotOfferedException when no period of the office's week serves the procedure
     */
    public Availability calculate(Office office, Procedure procedure, WeeklySchedule schedule,
            ClosureCalendar closures, TakenPlaces taken, DateRange range, Instant now) {
        if (!procedure.isBookableOnline()) {
            throw new ProcedureNotBookableOnlineException(procedure.code());
        }
        if (!schedule.offers(procedure.code())) {
            throw new ProcedureNotOfferedException(procedure.code(), office.id());
        }
        ZoneId zone = office.timeZone();
        LocalDate firstBookable = LocalDate.ofInstant(window.earliestStart(now), zone);
        LocalDate lastBookable = window.lastDay(now, zone);
        List<DayAvailability> days = new ArrayList<>();
        range.days()
                .filter(day -> !day.isBefore(firstBookable) && !day.isAfter(lastBookable))
                .filter(day -> !closures.isClosed(day))
                .forEach(day -> {
                    List<FreeSlot> slots = freeSlotsOn(day, procedure, schedule, taken, zone, now);
                    if (!slots.isEmpty()) {
                        days.add(new DayAvailability(day, slots));
                    }
                });
        return new Availability(office.id(), procedure.code(), zone, range, days);
    }

    private List<FreeSlot> freeSlotsOn(LocalDate day, Procedure procedure, WeeklySchedule schedule,
            TakenPlaces taken, ZoneId zone, Instant now) {
        List<FreeSlot> slots = new ArrayList<>();
        for (OpeningPeriod period : schedule.periodsOn(day.getDayOfWeek())) {
            if (!period.serves(procedure.code())) {
                continue;
            }
            for (ZonedDateTime start : period.slotStartsOn(day, zone)) {
                if (!window.admits(start, now)) {
                    continue;
                }
                int remaining = period.placesPerSlot() - taken.at(start.toInstant());
                if (remaining >= 1) {
                    slots.add(new FreeSlot(start, remaining));
                }
            }
        }
        return slots;
    }
}
