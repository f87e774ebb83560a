package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Each capacity formula on a small fixture whose figures are worked out by hand. */
class CapacityFormulasTest {

    private static final ZoneId CANCUN = ZoneId.of("America/Cancun");
    private static final OfficeId OFFICE = new OfficeId("qroo-cancun");
    /** Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void utilisation_is_booked_over_offered_and_has_no_figure_when_nothing_was_offered() {
        assertThat(new Utilisation(45, 60).ratio()).hasValue(0.75);
        assertThat(new Utilisation(0, 0).ratio()).isEmpty();
        assertThat(new Utilisation(58, 60).isAbove(0.95)).isTrue(); // 96.7 %
        assertThat(new Utilisation(57, 60).isAbove(0.95)).isFalse(); // exactly 95 %
        assertThat(new Utilisation(0, 0).isAbove(0.0)).isFalse();
        assertThatThrownBy(() -> new Utilisation(-1, 3)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_no_show_rate_counts_only_appointments_decided_at_the_office() {
        // 18 attended, 2 no-shows: 2 / 20
        assertThat(new NoShowRate(18, 2).ratio()).hasValue(0.1);
        assertThat(new NoShowRate(0, 0).ratio()).isEmpty();
        assertThat(new NoShowRate(0, 3).ratio()).hasValue(1.0);
        assertThat(new Attendance(18, 2, 5, 1).noShowRate()).isEqualTo(new NoShowRate(18, 2));
    }

    @Test
    void the_next_free_date_is_the_first_bookable_slot_with_a_place_left_for_the_procedure() {
        // Tuesday 09:00 serves both procedures and is full; Wednesday 09:00 serves only CANJE-RT, 1 of 2 free;
        // Thursday 09:00 serves both with 2 free.
        OfferedSlot tuesday = slot(TODAY, 9, 2, CANJE_RT, RENOV_RT);
        OfferedSlot wednesday = slot(TODAY.plusDays(1), 9, 2, CANJE_RT);
        OfferedSlot thursday = slot(TODAY.plusDays(2), 9, 2, CANJE_RT, RENOV_RT);
        TakenPlaces taken = taken(Map.of(tuesday, 2, wednesday, 1));

        Map<?, NextFreeDate> next = NextFreeDate.of(Set.of(CANJE_RT, RENOV_RT), List.of(tuesday, wednesday, thursday),
                taken, TODAY);

        assertThat(next.get(CANJE_RT).date()).isEqualTo(TODAY.plusDays(1));
        assertThat(next.get(CANJE_RT).daysAway()).isEqualTo(1);
        assertThat(next.get(RENOV_RT).date()).isEqualTo(TODAY.plusDays(2));
        assertThat(next.get(RENOV_RT).daysAway()).isEqualTo(2);
        assertThat(NextFreeDate.of(Set.of(RENOV_RT), List.of(tuesday, wednesday), taken, TODAY)).isEmpty();
    }

    @Test
    void the_longest_wait_is_the_latest_next_free_date_and_none_free_is_longest() {
        Optional<NextFreeDate> soon = Optional.of(new NextFreeDate(TODAY.plusDays(3), TODAY));
        Optional<NextFreeDate> late = Optional.of(new NextFreeDate(TODAY.plusDays(40), TODAY));
        assertThat(NextFreeDate.longestWait(Map.of(CANJE_RT, soon, RENOV_RT, late))).hasValue(RENOV_RT);
        assertThat(NextFreeDate.longestWait(Map.of(CANJE_RT, Optional.empty(), RENOV_RT, late))).hasValue(CANJE_RT);
        // a tie goes to the first code
        assertThat(NextFreeDate.longestWait(Map.of(CANJE_RT, late, RENOV_RT, late))).hasValue(CANJE_RT);
        assertThat(NextFreeDate.longestWait(Map.of())).isEmpty();
        assertThatThrownBy(() -> new NextFreeDate(TODAY.minusDays(1), TODAY))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_forecast_divides_the_free_places_by_the_recent_rate_rounding_up_to_a_whole_day() {
        // 70 bookings in 14 days = 5 a day; 23 free places last 23 / 5 = 4.6 days, so the window is full on day 5
        SellOutForecast forecast = SellOutForecast.of(70, 14, 23, TODAY);
        assertThat(forecast.outlook()).isEqualTo(SellOutForecast.Outlook.SELLS_OUT);
        assertThat(forecast.bookingsPerDay()).isCloseTo(5.0, within(1e-9));
        assertThat(forecast.date()).hasValue(TODAY.plusDays(5));
        // exactly 4 days' worth: full on day 4
        assertThat(SellOutForecast.of(70, 14, 20, TODAY).date()).hasValue(TODAY.plusDays(4));
        // 1 booking in 14 days, 3 free: 42 days
        assertThat(SellOutForecast.of(1, 14, 3, TODAY).date()).hasValue(TODAY.plusDays(42));
    }

    @Test
    void the_forecast_says_full_when_nothing_is_free_and_no_demand_when_nobody_booked() {
        assertThat(SellOutForecast.of(30, 14, 0, TODAY).outlook()).isEqualTo(SellOutForecast.Outlook.FULL);
        assertThat(SellOutForecast.of(30, 14, 0, TODAY).date()).hasValue(TODAY);
        SellOutForecast idle = SellOutForecast.of(0, 14, 120, TODAY);
        assertThat(idle.outlook()).isEqualTo(SellOutForecast.Outlook.NO_DEMAND);
        assertThat(idle.date()).isEmpty();
    }

    @Test
    void the_traffic_light_turns_red_for_long_waits_or_a_full_week_and_amber_before() {
        CapacityAlertPolicy policy = CapacityAlertPolicy.STANDARD;
        Utilisation quiet = new Utilisation(10, 100);
        assertThat(policy.assess(next(31), quiet)).isEqualTo(CapacityAlert.RED);
        assertThat(policy.assess(next(30), quiet)).isEqualTo(CapacityAlert.AMBER);
        assertThat(policy.assess(next(15), quiet)).isEqualTo(CapacityAlert.AMBER);
        assertThat(policy.assess(next(14), quiet)).isEqualTo(CapacityAlert.GREEN);
        assertThat(policy.assess(Optional.empty(), quiet)).isEqualTo(CapacityAlert.RED);
        assertThat(policy.assess(next(1), new Utilisation(96, 100))).isEqualTo(CapacityAlert.RED);
        assertThat(policy.assess(next(1), new Utilisation(81, 100))).isEqualTo(CapacityAlert.AMBER);
        assertThat(policy.assess(next(1), new Utilisation(80, 100))).isEqualTo(CapacityAlert.GREEN);
        assertThatThrownBy(() -> new CapacityAlertPolicy(10, 0.95, 20, 0.8))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void places_of_one_procedure_are_those_of_the_slots_that_serve_it_whoever_took_them() {
        // slot A (3 places, both procedures) has 2 taken; slot B (2 places, CANJE-RT only) has 2 taken
        OfferedSlot a = slot(TODAY, 9, 3, CANJE_RT, RENOV_RT);
        OfferedSlot b = slot(TODAY, 10, 2, CANJE_RT);
        TakenPlaces taken = taken(Map.of(a, 2, b, 2));

        assertThat(PlaceCounts.over(List.of(a, b), taken, Optional.empty())).isEqualTo(new PlaceCounts(5, 4, 1));
        // free places count only where an applicant may still book: slot A is past
        assertThat(PlaceCounts.over(List.of(a, b), taken, Optional.empty(), slot -> slot != a))
                .isEqualTo(new PlaceCounts(5, 4, 0));
        assertThat(PlaceCounts.over(List.of(a, b), taken, Optional.of(CANJE_RT))).isEqualTo(new PlaceCounts(5, 4, 1));
        assertThat(PlaceCounts.over(List.of(a, b), taken, Optional.of(RENOV_RT))).isEqualTo(new PlaceCounts(3, 2, 1));
        assertThat(new PlaceCounts(5, 4, 1).utilisation().ratio()).hasValue(0.8);
    }

    @Test
    void a_slot_whose_places_were_cut_below_those_taken_has_none_free_and_counts_every_booking() {
        OfferedSlot cut = slot(TODAY, 9, 2, CANJE_RT);
        assertThat(PlaceCounts.over(List.of(cut), taken(Map.of(cut, 3)), Optional.empty()))
                .isEqualTo(new PlaceCounts(2, 3, 0));
    }

    @Test
    void offered_slots_follow_the_week_and_skip_closed_days() {
        // Monday to Friday 09:00-11:00 in 30-minute slots of 4 places; closed on Thursday 3 December
        WeeklySchedule week = new WeeklySchedule(OFFICE, List.of(DayOfWeek.values()).stream()
                .filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningPeriod(d, TimeRange.of("09:00", "11:00"), Duration.ofMinutes(30), 4,
                        Set.of(CANJE_RT)))
                .toList());
        ClosureCalendar closures = new ClosureCalendar(OFFICE, List.of(new Closure(Optional.of(OFFICE),
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), "Inventario")));

        // Tuesday 1 to Monday 7 December: Tue, Wed, Fri, Mon open (Thu closed, weekend shut) = 4 days x 4 slots
        List<OfferedSlot> slots = OfferedSlot.between(week, closures, CANCUN, TODAY, TODAY.plusDays(7));

        assertThat(slots).hasSize(16);
        assertThat(slots).extracting(OfferedSlot::day).doesNotContain(LocalDate.of(2026, 12, 3));
        assertThat(slots.get(0).start()).isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, CANCUN));
        assertThat(PlaceCounts.over(slots, TakenPlaces.none(), Optional.empty()).offered()).isEqualTo(64);
    }

    @Test
    void a_slot_that_a_clock_change_skips_is_not_offered_that_day() {
        // Tijuana springs forward on Sunday 14 March 2027 at 02:00: the 02:00 and 02:30 slots do not exist
        ZoneId tijuana = ZoneId.of("America/Tijuana");
        LocalDate sunday = LocalDate.of(2027, 3, 14);
        WeeklySchedule week = new WeeklySchedule(OFFICE, List.of(new OpeningPeriod(DayOfWeek.SUNDAY,
                TimeRange.of("01:00", "04:00"), Duration.ofMinutes(30), 1, Set.of(CANJE_RT))));

        List<OfferedSlot> slots = OfferedSlot.between(week, new ClosureCalendar(OFFICE, List.of()), tijuana, sunday,
                sunday.plusDays(1));

        assertThat(slots).extracting(s -> s.start().toLocalTime().toString())
                .containsExactly("01:00", "01:30", "03:00", "03:30");
    }

    @Test
    void a_snapshot_counts_the_days_to_its_next_free_date_from_its_own_day() {
        CapacitySnapshot measured = new CapacitySnapshot(OFFICE, CANJE_RT, TODAY, TODAY.plusDays(1)
                .atTime(1, 10).atZone(CANCUN).toInstant(), Optional.of(new CapacitySnapshot.Measured(400, 30,
                        Optional.of(TODAY.plusDays(12)))), 25, 3);
        // measured in the night after the day: 12 days after the day is 11 days after that morning
        assertThat(measured.daysToNextFree()).hasValue(11L);
        assertThat(measured.nextFree()).hasValueSatisfying(next -> assertThat(next.date()).isEqualTo(
                TODAY.plusDays(12)));
        CapacitySnapshot missed = new CapacitySnapshot(OFFICE, CANJE_RT, TODAY, TODAY.plusDays(3)
                .atTime(1, 10).atZone(CANCUN).toInstant(), Optional.empty(), 25, 3);
        assertThat(missed.daysToNextFree()).isEmpty();
        assertThatThrownBy(() -> new CapacitySnapshot.Measured(10, 11, Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    private static Optional<NextFreeDate> next(int daysAway) {
        return Optional.of(new NextFreeDate(TODAY.plusDays(daysAway), TODAY));
    }

    private static OfferedSlot slot(LocalDate day, int hour, int places, ProcedureCode... procedures) {
        return new OfferedSlot(day.atTime(hour, 0).atZone(CANCUN), places, Set.of(procedures));
    }

    private static TakenPlaces taken(Map<OfferedSlot, Integer> bySlot) {
        Map<Instant, Integer> byStart = new HashMap<>();
        bySlot.forEach((slot, n) -> byStart.put(slot.start().toInstant(), n));
        return new TakenPlaces(byStart);
    }
}
