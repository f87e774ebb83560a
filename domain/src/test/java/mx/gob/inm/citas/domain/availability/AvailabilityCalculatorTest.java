package mx.gob.inm.citas.domain.availability;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.cdmx;
import static mx.gob.inm.citas.domain.DomainFixtures.exchangeOfVisa;
import static mx.gob.inm.citas.domain.DomainFixtures.inPersonOnly;
import static mx.gob.inm.citas.domain.DomainFixtures.renewal;
import static mx.gob.inm.citas.domain.DomainFixtures.tijuana;
import static mx.gob.inm.citas.domain.DomainFixtures.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

    /** Friday 27 November 2026, 08:00 in Mexico City. */
    private static final Instant NOW = ZonedDateTime.parse("2026-11-27T08:00-06:00[America/Mexico_City]").toInstant();
    private static final BookingWindow WINDOW = new BookingWindow(Duration.ofHours(2), 90);
    private final AvailabilityCalculator calculator = new AvailabilityCalculator(WINDOW);
    private final Office cdmx = cdmx();

    @Test
    void a_working_day_offers_every_slot_from_nine_to_two_with_all_its_places() {
        Availability availability = calculate(cdmx, TakenPlaces.none(), List.of(), "2026-11-30", "2026-11-30");

        assertThat(availability.days()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(day.slots()).hasSize(11).allSatisfy(slot -> assertThat(slot.remaining()).isEqualTo(4));
            assertThat(day.slots().get(0).start()).hasToString("2026-11-30T09:00-06:00[America/Mexico_City]");
            assertThat(day.slots().get(10).start().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        });
    }

    @Test
    void weekends_federal_rest_days_and_closures_offer_nothing() {
        List<Closure> closures = List.of(Closure.nationwide(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2),
                "Día inhábil publicado"));
        // 28-29 Nov weekend, 2 Dec closure, 25 Dec Christmas (a Friday)
        Availability availability = calculate(cdmx, TakenPlaces.none(), closures, "2026-11-28", "2026-12-31");

        assertThat(availability.days()).extracting(DayAvailability::date)
                .doesNotContain(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 2),
                        LocalDate.of(2026, 12, 25))
                .contains(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24))
                .allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void taken_places_are_subtracted_and_a_full_slot_disappears() {
        Instant nineOClock = ZonedDateTime.parse("2026-11-30T09:00-06:00[America/Mexico_City]").toInstant();
        Instant halfPastNine = nineOClock.plus(Duration.ofMinutes(30));
        TakenPlaces taken = new TakenPlaces(Map.of(nineOClock, 4, halfPastNine, 3));

        List<FreeSlot> slots = calculate(cdmx, taken, List.of(), "2026-11-30", "2026-11-30").days().get(0).slots();

        assertThat(slots.get(0).start().toInstant()).isEqualTo(halfPastNine);
        assertThat(slots.get(0).remaining()).isEqualTo(1);
        assertThat(slots).hasSize(10);
    }

    @Test
    void more_places_taken_than_offered_never_gives_a_negative_remainder() {
        Instant nineOClock = ZonedDateTime.parse("2026-11-30T09:00-06:00[America/Mexico_City]").toInstant();
        List<FreeSlot> slots = calculate(cdmx, new TakenPlaces(Map.of(nineOClock, 9)), List.of(), "2026-11-30",
                "2026-11-30").days().get(0).slots();
        assertThat(slots).hasSize(10).allSatisfy(slot -> assertThat(slot.remaining()).isPositive());
    }

    @Test
    void slots_inside_the_minimum_lead_time_are_not_offered() {
        // At 08:00 with 2 hours of lead, the first bookable slot today is 10:00.
        Availability today = calculate(cdmx, TakenPlaces.none(), List.of(), "2026-11-27", "2026-11-27");
        assertThat(today.days().get(0).slots().get(0).start().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void nothing_is_offered_in_the_past_or_beyond_the_booking_horizon() {
        Availability availability = calculate(cdmx, TakenPlaces.none(), List.of(), "2026-11-01", "2027-06-30");
        assertThat(availability.days().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(availability.days().get(availability.days().size() - 1).date())
                .isBeforeOrEqualTo(LocalDate.of(2027, 2, 25));
    }

    @Test
    void tijuana_slots_follow_the_daylight_saving_switch_in_march_and_november() {
        Office tijuana = tijuana();
        Instant winter = Instant.parse("2027-02-01T00:00:00Z");
        AvailabilityCalculator calculator = new AvailabilityCalculator(new BookingWindow(Duration.ZERO, 366));

        Availability march = calculator.calculate(tijuana, exchangeOfVisa(), weekdays(tijuana, 2, CANJE_RT),
                new ClosureCalendar(tijuana.id(), List.of()), TakenPlaces.none(),
                new DateRange(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 16)), winter);
        // Clocks go forward on Sunday 14 March 2027; Monday 15 is a federal rest day.
        assertThat(march.days().get(0).slots().get(0).start().toOffsetDateTime())
                .hasToString("2027-03-12T09:00-08:00");
        assertThat(march.days().get(1).slots().get(0).start().toOffsetDateTime())
                .hasToString("2027-03-16T09:00-07:00");

        Availability november = calculator.calculate(tijuana, exchangeOfVisa(), weekdays(tijuana, 2, CANJE_RT),
                new ClosureCalendar(tijuana.id(), List.of()), TakenPlaces.none(),
                new DateRange(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2)), Instant.parse("2026-10-01T00:00:00Z"));
        // Clocks go back on Sunday 1 November 2026.
        assertThat(november.days().get(0).slots().get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(november.days().get(1).slots().get(0).start().toOffsetDateTime())
                .hasToString("2026-11-02T09:00-08:00");
        assertThat(november.days().get(1).slots().get(0).start().toInstant())
                .isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
    }

    @Test
    void a_procedure_served_only_in_person_cannot_be_booked_online() {
        assertThatThrownBy(() -> calculator.calculate(cdmx, inPersonOnly(), weekdays(cdmx, 4, CANJE_RT),
                new ClosureCalendar(cdmx.id(), List.of()), TakenPlaces.none(),
                new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)), NOW))
                .isInstanceOf(ProcedureNotBookableOnlineException.class).hasMessageContaining("only in person");
    }

    @Test
    void a_procedure_the_office_does_not_serve_is_refused_with_the_reason() {
        assertThatThrownBy(() -> calculator.calculate(cdmx, renewal(), weekdays(cdmx, 4, CANJE_RT),
                new ClosureCalendar(cdmx.id(), List.of()), TakenPlaces.none(),
                new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)), NOW))
                .isInstanceOf(ProcedureNotOfferedException.class).hasMessageContaining("does not offer");
    }

    @Test
    void a_reversed_range_is_refused() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(InvalidDateRangeException.class);
    }

    private Availability calculate(Office office, TakenPlaces taken, List<Closure> closures, String from, String to) {
        return calculator.calculate(office, exchangeOfVisa(), weekdays(office, 4, CANJE_RT),
                new ClosureCalendar(office.id(), closures), taken,
                new DateRange(LocalDate.parse(from), LocalDate.parse(to)), NOW);
    }
}
