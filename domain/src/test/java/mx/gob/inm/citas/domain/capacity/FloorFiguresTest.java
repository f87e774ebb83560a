package mx.gob.inm.citas.domain.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The floor's figures on small fixtures worked out by hand. */
class FloorFiguresTest {

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void the_median_and_90th_percentile_lie_between_the_nearest_durations_as_percentile_cont_puts_them() {
        // 2, 4, 10, 20, 40 minutes: the median is the middle one; p90 at 0.9 x 4 = 3.6, 60 % of the way from 20 to 40
        DurationFigures figures = DurationFigures.of(List.of(minutes(10), minutes(40), minutes(2), minutes(20),
                minutes(4)));

        assertThat(figures.measured()).isEqualTo(5);
        assertThat(figures.median()).contains(minutes(10));
        assertThat(figures.p90()).contains(minutes(32));
        assertThat(figures.mean()).contains(Duration.ofSeconds(912)); // 76 min / 5 = 15.2 min
    }

    @Test
    void an_even_number_of_durations_has_the_median_halfway_between_the_two_in_the_middle() {
        DurationFigures figures = DurationFigures.of(List.of(Duration.ofSeconds(330), Duration.ofSeconds(90_000)));

        assertThat(figures.median()).contains(Duration.ofSeconds(45_165));
        // 330 + 0.9 x 89,670
        assertThat(figures.p90()).contains(Duration.ofSeconds(81_033));
        assertThat(DurationFigures.of(List.of(minutes(7))).p90()).as("one duration is every percentile")
                .contains(minutes(7));
    }

    @Test
    void nothing_measured_has_no_figure_and_the_store_s_fractions_are_rounded_to_the_second() {
        assertThat(DurationFigures.of(List.of())).isEqualTo(DurationFigures.NONE);
        assertThat(DurationFigures.NONE.median()).isEmpty();
        assertThat(DurationFigures.ofSeconds(0, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty())).isEqualTo(DurationFigures.NONE);
        DurationFigures stored = DurationFigures.ofSeconds(3, OptionalDouble.of(59.5), OptionalDouble.of(100.4),
                OptionalDouble.of(70.49));
        assertThat(stored.median()).contains(Duration.ofSeconds(60));
        assertThat(stored.p90()).contains(Duration.ofSeconds(100));
        assertThat(stored.mean()).contains(Duration.ofSeconds(70));
        assertThatThrownBy(() -> new DurationFigures(2, Optional.of(minutes(9)), Optional.of(minutes(3)),
                Optional.of(minutes(5)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DurationFigures(0, Optional.of(minutes(1)), Optional.of(minutes(1)),
                Optional.of(minutes(1)))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_no_show_rate_at_the_window_counts_those_served_and_those_called_and_not_seen() {
        FloorVisits visits = new FloorVisits(12, 5, 8, 2, DurationFigures.NONE, DurationFigures.NONE);

        assertThat(visits.noShowRate().ratio()).hasValue(0.2);
        assertThat(FloorVisits.NONE.noShowRate().ratio()).isEmpty();
        assertThatThrownBy(() -> new FloorVisits(3, 4, 0, 0, DurationFigures.NONE, DurationFigures.NONE))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new FloorVisits(3, 0, 2, 2, DurationFigures.NONE, DurationFigures.NONE))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_quota_counts_each_open_day_and_each_day_that_gave_tokens_at_its_own_number_or_the_daily_one() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        // 40 a day; Tuesday a short day of 10; Saturday closed but a campaign gave 3 tokens (its quota: the daily 40)
        WalkInQuota pool = new WalkInQuota(40, Map.of(monday.plusDays(1), 10, monday.plusDays(9), 99));
        List<LocalDate> open = List.of(monday, monday.plusDays(1), monday.plusDays(2));
        Map<LocalDate, Long> issued = Map.of(monday, 38L, monday.plusDays(1), 10L, monday.plusDays(5), 3L);

        WalkInUse use = pool.use(open, issued);

        assertThat(use).isEqualTo(new WalkInUse(51, 40 + 10 + 40 + 40));
        assertThat(use.share()).hasValue(51.0 / 130);
        assertThat(pool.on(monday.plusDays(9))).isEqualTo(99);
    }

    @Test
    void a_pool_taken_away_keeps_its_tokens_issued_without_a_quota_and_tokens_may_pass_the_quota() {
        WalkInUse gone = new WalkInQuota(0, Map.of()).use(List.of(), Map.of(LocalDate.of(2026, 11, 30), 7L));

        assertThat(gone).isEqualTo(new WalkInUse(7, 0));
        assertThat(gone.share()).as("no quota: no share").isEmpty();
        assertThat(new WalkInUse(55, 50).share()).hasValue(1.1);
        assertThat(new WalkInUse(3, 4).plus(new WalkInUse(1, 6))).isEqualTo(new WalkInUse(4, 10));
        assertThatThrownBy(() -> new WalkInUse(-1, 0)).isInstanceOf(InvalidValueException.class);
    }
}
