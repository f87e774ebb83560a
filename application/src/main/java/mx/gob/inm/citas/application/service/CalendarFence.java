package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/**
 * Fences the slots a change of an office's calendar takes away, in the change's own transaction and before the
 * change looks at the appointments: a closure fences every slot of its days, a new week each slot it drops or gives
 * fewer places or procedures. A hold reads its slot's calendar version before the calendar and takes its place only
 * at that version ({@link SlotLedger}), so a hold that read the calendar before the change either took its place
 * first, and the fence waits for it to commit and the change then sees its appointment (a closure cancels it, a week
 * is refused for it), or it is refused. The office's week is locked before it is read: closures and new weeks of
 * one office take turns, and no week replaces the one a fence covers until the fence is committed. Holds never
 * take that lock. Only the days a hold may book now are fenced: a later day is booked only once the change has
 * committed, against the calendar it left. Reopening needs nothing: a version read after the change is current.
 */
@Dependent
public class CalendarFence {

    /** Past the booking window, for instances whose clocks differ a little. */
    private static final int SPARE_DAYS = 1;

    private final ScheduleRepository schedules;
    private final SlotLedger ledger;
    private final BookingWindow window;
    private final Clock clock;

    @Inject
    public CalendarFence(ScheduleRepository schedules, SlotLedger ledger, BookingWindow window, Clock clock) {
        this.schedules = schedules;
        this.ledger = ledger;
        this.window = window;
        this.clock = clock;
    }

    /** Before a closure of the office from {@code firstDay} to {@code lastDay} lists what it cancels. */
    void closing(Office office, LocalDate firstDay, LocalDate lastDay) {
        schedules.lockWeek(office.id());
        ledger.fence(office.id(), slotStarts(office, schedules.findByOffice(office.id()), firstDay, lastDay));
    }

    /**
     * Opens the ledger rows of every slot of the office's week on the days a hold may book now, ahead of their
     * holds; the slots a later week adds are opened by their first holds or by the next opening. Returns how many
     * slots that is.
     */
    int opening(Office office) {
        List<Instant> starts = slotStarts(office, schedules.findByOffice(office.id()), LocalDate.MIN, LocalDate.MAX);
        ledger.open(office.id(), starts);
        return starts.size();
    }

    /** The start of every slot of {@code week} on the days from {@code first} to {@code last} a hold may book now. */
    private List<Instant> slotStarts(Office office, WeeklySchedule week, LocalDate first, LocalDate last) {
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day : bookableDays(office, first, last)) {
            week.periodsOn(day.getDayOfWeek()).stream().flatMap(p -> p.slotStarts().stream()).distinct()
                    .forEach(time -> starts.addAll(starts(office, day, time)));
        }
        return starts;
    }

    /** Before {@code next} is checked against the appointments it would drop. */
    void replacing(Office office, WeeklySchedule next) {
        schedules.lockWeek(office.id());
        WeeklySchedule current = schedules.findByOffice(office.id());
        Map<DayOfWeek, Set<LocalTime>> lost = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<LocalTime, Map<ProcedureCode, Integer>> after = offers(next, day);
            offers(current, day).forEach((time, before) -> {
                if (before.entrySet().stream().anyMatch(offered -> after.getOrDefault(time, Map.of())
                        .getOrDefault(offered.getKey(), 0) < offered.getValue())) {
                    lost.computeIfAbsent(day, d -> new TreeSet<>()).add(time);
                }
            });
        }
        if (lost.isEmpty()) {
            return;
        }
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day : bookableDays(office, LocalDate.MIN, LocalDate.MAX)) {
            lost.getOrDefault(day.getDayOfWeek(), Set.of()).forEach(time -> starts.addAll(starts(office, day, time)));
        }
        ledger.fence(office.id(), starts);
    }

    /**
     * The places each procedure has at each slot start of the day, from the first period serving it there, as the
     * booking policy reads them.
     */
    private static Map<LocalTime, Map<ProcedureCode, Integer>> offers(WeeklySchedule week, DayOfWeek day) {
        Map<LocalTime, Map<ProcedureCode, Integer>> offers = new LinkedHashMap<>();
        for (OpeningPeriod period : week.periodsOn(day)) {
            for (LocalTime time : period.slotStarts()) {
                for (ProcedureCode procedure : period.procedures()) {
                    offers.computeIfAbsent(time, t -> new LinkedHashMap<>())
                            .putIfAbsent(procedure, period.placesPerSlot());
                }
            }
        }
        return offers;
    }

    /** The days from {@code first} to {@code last} that a hold may book now. */
    private List<LocalDate> bookableDays(Office office, LocalDate first, LocalDate last) {
        Instant now = clock.instant();
        LocalDate today = office.localDate(now);
        LocalDate furthest = window.lastDay(now, office.timeZone()).plusDays(SPARE_DAYS);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first.isBefore(today) ? today : first; !day.isAfter(last) && !day.isAfter(furthest);
                day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** A time the clocks skip starts no slot; one they repeat starts two. */
    private static List<Instant> starts(Office office, LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        return office.timeZone().getRules().getValidOffsets(local).stream().map(local::toInstant).toList();
    }
}
