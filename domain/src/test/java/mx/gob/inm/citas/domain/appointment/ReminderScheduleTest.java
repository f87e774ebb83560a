package mx.gob.inm.citas.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");
    private final ReminderSchedule schedule = ReminderSchedule.DEFAULT;

    @Test
    void the_default_reminds_three_days_ahead_and_the_day_before() {
        assertThat(schedule.leads()).containsExactly(Duration.ofHours(72), Duration.ofHours(24));
        assertThat(schedule.dueLead(START, START.minus(Duration.ofHours(73)))).isEmpty();
        assertThat(schedule.dueLead(START, START.minus(Duration.ofHours(71)))).contains(Duration.ofHours(72));
        assertThat(schedule.dueLead(START, START.minus(Duration.ofHours(24)))).contains(Duration.ofHours(72));
        assertThat(schedule.dueLead(START, START.minus(Duration.ofHours(23)))).contains(Duration.ofHours(24));
        assertThat(schedule.dueLead(START, START.minusSeconds(1))).contains(Duration.ofHours(24));
        assertThat(schedule.dueLead(START, START.plusSeconds(1))).isEmpty();
    }

    @Test
    void the_windows_cover_the_time_ahead_once_without_overlapping() {
        Instant now = Instant.parse("2026-12-01T03:17:00Z");
        List<ReminderSchedule.Window> windows = ReminderSchedule.ofHours(24, 72, 6).windows(now);

        assertThat(windows).extracting(ReminderSchedule.Window::lead)
                .containsExactly(Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(6));
        assertThat(windows.get(0).to()).isEqualTo(now.plus(Duration.ofHours(72)));
        assertThat(windows.get(0).from()).isEqualTo(windows.get(1).to());
        assertThat(windows.get(1).from()).isEqualTo(windows.get(2).to());
        assertThat(windows.get(2).from()).isEqualTo(now);
    }

    @Test
    void a_reminder_is_not_needed_when_the_applicant_was_told_of_that_start_after_its_time_came() {
        Duration threeDays = Duration.ofHours(72);
        assertThat(schedule.isNeeded(threeDays, START, Optional.empty())).isTrue();
        assertThat(schedule.isNeeded(threeDays, START, Optional.of(START.minus(Duration.ofDays(10))))).isTrue();
        assertThat(schedule.isNeeded(threeDays, START, Optional.of(START.minus(Duration.ofHours(50))))).isFalse();
        assertThat(schedule.isNeeded(Duration.ofHours(24), START, Optional.of(START.minus(Duration.ofHours(50)))))
                .isTrue();
    }

    @Test
    void no_leads_means_no_reminders_and_a_lead_must_be_positive_and_given_once() {
        assertThat(new ReminderSchedule(List.of()).windows(START)).isEmpty();
        assertThat(new ReminderSchedule(List.of()).dueLead(START, START.minusSeconds(60))).isEmpty();
        assertThatThrownBy(() -> ReminderSchedule.ofHours(24, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.ofHours(24, 24)).isInstanceOf(InvalidValueException.class);
    }
}
