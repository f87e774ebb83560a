package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import org.junit.jupiter.api.Test;

/**
 * Which slots a change of the calendar fences, seen in the booking world's ledger (Mexico City opens weekdays
 * 09:00–14:30 in 30-minute slots, 2 places each for CANJE-RT and RENOV-RT; today is Friday 27 November 2026 and
 * holds may be made up to 90 days ahead): exactly the slots holds could take that the change takes away.
 */
class CalendarFenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final BookingWorld world = new BookingWorld();
    private final Office cdmx = world.cdmx;

    @Test
    void a_closure_fences_every_slot_of_its_days_at_the_office_and_nothing_else() {
        List<Instant> before = slots(MONDAY.minusDays(1), MONDAY.plusDays(2));

        world.fence.closing(cdmx, MONDAY, MONDAY.plusDays(1));

        assertThat(fenced(before)).containsExactlyElementsOf(slots(MONDAY, MONDAY.plusDays(1)));
        assertThat(fenced(before)).hasSize(22).first().isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    }

    @Test
    void a_closure_fences_only_the_days_a_hold_may_book_now_and_one_more() {
        LocalDate lastBookable = LocalDate.of(2027, 2, 25);
        List<Instant> around = slots(lastBookable, lastBookable.plusDays(4));

        world.fence.closing(cdmx, lastBookable, lastBookable.plusDays(30));

        assertThat(fenced(around)).containsExactlyElementsOf(slots(lastBookable, lastBookable.plusDays(1)));
    }

    @Test
    void a_closure_of_an_office_without_a_week_fences_nothing() {
        world.schedules.save(WeeklySchedule.closed(cdmx.id()));

        world.fence.closing(cdmx, MONDAY, MONDAY);

        assertThat(fenced(slots(MONDAY, MONDAY))).isEmpty();
    }

    @Test
    void a_new_week_fences_each_slot_it_drops_or_gives_fewer_places_or_procedures_on_every_bookable_day() {
        List<Instant> before = slots(MONDAY, MONDAY.plusDays(7));
        WeeklySchedule next = new WeeklySchedule(cdmx.id(), List.of(
                // Monday: 09:00 gone, 09:30 one place, 10:00 renewals only, 10:30 three places, 11:00 on as before
                period(DayOfWeek.MONDAY, "09:30", "10:00", 1, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT),
                period(DayOfWeek.MONDAY, "10:00", "10:30", 2, DomainFixtures.RENOV_RT),
                period(DayOfWeek.MONDAY, "10:30", "11:00", 3, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT),
                period(DayOfWeek.MONDAY, "11:00", "14:30", 2, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT),
                // Tuesday unchanged, Wednesday opens earlier with more places, Thursday and Friday closed
                period(DayOfWeek.TUESDAY, "09:00", "14:30", 2, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT),
                period(DayOfWeek.WEDNESDAY, "08:00", "14:30", 5, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)));

        world.fence.replacing(cdmx, next);

        List<Instant> expected = new ArrayList<>();
        for (LocalDate monday : List.of(MONDAY, MONDAY.plusDays(7))) {
            for (String time : List.of("09:00", "09:30", "10:00")) {
                expected.add(at(monday, time));
            }
        }
        expected.addAll(slots(MONDAY.plusDays(3), MONDAY.plusDays(4)));
        assertThat(fenced(before)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(world.ledger.calendarVersion(cdmx.id(), at(LocalDate.of(2027, 2, 22), "09:00"))).isEqualTo(1);
        assertThat(world.ledger.calendarVersion(cdmx.id(), at(LocalDate.of(2027, 3, 1), "09:00"))).isZero();
    }

    @Test
    void the_same_week_again_fences_nothing() {
        world.fence.replacing(cdmx, DomainFixtures.weekdays(cdmx, 2, DomainFixtures.CANJE_RT,
                DomainFixtures.RENOV_RT));

        assertThat(fenced(slots(MONDAY, MONDAY.plusDays(7)))).isEmpty();
    }

    // ---- helpers ----

    /** The half-hour starts from 08:00 to 14:30 of each day from {@code first} to {@code last} that opens. */
    @Test
    void opening_the_booking_window_opens_every_slot_a_hold_may_book_now_and_one_more_day_and_fences_none() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        LocalDate lastBookable = LocalDate.of(2027, 2, 25);

        int opened = world.fence.opening(cdmx);

        assertThat(world.ledger.opened(cdmx.id())).containsExactlyElementsOf(slots(today, lastBookable.plusDays(1)));
        assertThat(opened).isEqualTo(world.ledger.opened(cdmx.id()).size());
        assertThat(world.ledger.opened(cdmx.id()).first()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(fenced(slots(today, lastBookable.plusDays(1)))).isEmpty();
    }

    @Test
    void the_opening_service_opens_the_active_offices_only() {
        Office tijuana = DomainFixtures.tijuana();
        tijuana.deactivate();
        world.offices.save(tijuana);
        world.schedules.save(DomainFixtures.weekdays(tijuana, 2, DomainFixtures.CANJE_RT));
        OpenSlotsAheadService service = new OpenSlotsAheadService(world.catalogue, world.fence);

        assertThat(service.offices()).containsExactly(cdmx.id());
        assertThat(service.open(cdmx.id())).isEqualTo(world.ledger.opened(cdmx.id()).size()).isPositive();
        assertThat(world.ledger.opened(tijuana.id())).isEmpty();
    }

    private List<Instant> slots(LocalDate first, LocalDate last) {
        List<Instant> slots = new ArrayList<>();
        WeeklySchedule week = world.schedules.findByOffice(cdmx.id());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime time = LocalTime.of(8, 0); time.isBefore(LocalTime.of(14, 30));
                    time = time.plusMinutes(30)) {
                LocalTime start = time;
                if (week.periodsOn(day.getDayOfWeek()).stream().anyMatch(p -> p.slotStarts().contains(start))) {
                    slots.add(at(day, time.toString()));
                }
            }
        }
        return slots;
    }

    private List<Instant> fenced(List<Instant> starts) {
        return starts.stream().filter(start -> world.ledger.calendarVersion(cdmx.id(), start) > 0).toList();
    }

    private Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(cdmx.timeZone()).toInstant();
    }

    private static OpeningPeriod period(DayOfWeek day, String opens, String closes, int places,
            ProcedureCode... procedures) {
        return new OpeningPeriod(day, TimeRange.of(opens, closes), Duration.ofMinutes(30), places, Set.of(procedures));
    }
}
