package mx.gob.inm.citas.domain.schedule;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final OfficeId OFFICE = new OfficeId("cdmx-ciudad-de-mexico");

    @Test
    void a_morning_from_nine_to_half_past_two_has_eleven_half_hour_slots_the_last_at_two() {
        OpeningPeriod morning = period(DayOfWeek.MONDAY, "09:00", "14:30", 30);
        assertThat(morning.slotStarts()).hasSize(11)
                .startsWith(LocalTime.of(9, 0), LocalTime.of(9, 30))
                .endsWith(LocalTime.of(14, 0));
    }

    @Test
    void a_slot_that_would_run_past_closing_time_is_not_offered() {
        assertThat(period(DayOfWeek.MONDAY, "09:00", "10:50", 30).slotStarts())
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0));
    }

    @Test
    void periods_of_the_same_day_may_not_overlap() {
        assertThatThrownBy(() -> new WeeklySchedule(OFFICE, List.of(period(DayOfWeek.MONDAY, "09:00", "12:00", 30),
                period(DayOfWeek.MONDAY, "11:30", "14:00", 30))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("overlap");
    }

    @Test
    void periods_of_different_days_may_share_their_hours() {
        WeeklySchedule schedule = new WeeklySchedule(OFFICE, List.of(period(DayOfWeek.MONDAY, "09:00", "12:00", 30),
                period(DayOfWeek.TUESDAY, "09:00", "12:00", 30)));
        assertThat(schedule.periodsOn(DayOfWeek.TUESDAY)).hasSize(1);
        assertThat(schedule.periodsOn(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void a_schedule_offers_only_the_procedures_its_periods_serve() {
        WeeklySchedule schedule = new WeeklySchedule(OFFICE, List.of(period(DayOfWeek.MONDAY, "09:00", "12:00", 30)));
        assertThat(schedule.offers(CANJE_RT)).isTrue();
        assertThat(schedule.offers(RENOV_RT)).isFalse();
    }

    @Test
    void a_period_needs_at_least_one_place_and_a_slot_that_fits() {
        assertThatThrownBy(() -> new OpeningPeriod(DayOfWeek.MONDAY, TimeRange.of("09:00", "10:00"),
                Duration.ofMinutes(30), 0, Set.of(CANJE_RT))).hasMessageContaining("Places per slot");
        assertThatThrownBy(() -> period(DayOfWeek.MONDAY, "09:00", "09:20", 30)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> TimeRange.of("14:30", "09:00")).hasMessageContaining("before it ends");
    }

    private static OpeningPeriod period(DayOfWeek day, String from, String to, int minutes) {
        return new OpeningPeriod(day, TimeRange.of(from, to), Duration.ofMinutes(minutes), 3, Set.of(CANJE_RT));
    }
}
