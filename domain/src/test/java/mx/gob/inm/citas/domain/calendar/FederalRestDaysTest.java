package mx.gob.inm.citas.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import mx.gob.inm.citas.domain.calendar.FederalRestDays.RestDay;
import org.junit.jupiter.api.Test;

class FederalRestDaysTest {

    @Test
    void the_rest_days_of_2026_follow_article_74() {
        assertThat(FederalRestDays.of(2026)).extracting(RestDay::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void movable_days_fall_on_the_right_monday_in_2027() {
        assertThat(FederalRestDays.of(2027)).extracting(RestDay::date)
                .contains(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 15), LocalDate.of(2027, 11, 15));
    }

    @Test
    void the_first_of_october_is_a_rest_day_only_when_a_new_president_takes_office() {
        assertThat(FederalRestDays.on(LocalDate.of(2024, 10, 1))).isPresent();
        assertThat(FederalRestDays.on(LocalDate.of(2030, 10, 1))).isPresent();
        assertThat(FederalRestDays.on(LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(FederalRestDays.on(LocalDate.of(2026, 10, 1))).isEmpty();
    }

    @Test
    void before_2024_the_term_started_on_the_first_of_december() {
        assertThat(FederalRestDays.on(LocalDate.of(2018, 12, 1))).isPresent();
        assertThat(FederalRestDays.on(LocalDate.of(2019, 12, 1))).isEmpty();
    }

    @Test
    void an_ordinary_day_is_not_a_rest_day() {
        assertThat(FederalRestDays.on(LocalDate.of(2026, 12, 1))).isEmpty();
    }
}
