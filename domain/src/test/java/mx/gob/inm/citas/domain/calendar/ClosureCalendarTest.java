package mx.gob.inm.citas.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import org.junit.jupiter.api.Test;

class ClosureCalendarTest {

    private static final OfficeId TIJUANA = new OfficeId("bc-tijuana");
    private static final OfficeId MEXICALI = new OfficeId("bc-mexicali");

    private final List<Closure> closures = List.of(
            Closure.nationwide(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3), "Semana Santa"),
            Closure.ofOffice(TIJUANA, LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12), "Remodelación"));

    @Test
    void a_nationwide_closure_closes_every_office() {
        assertThat(new ClosureCalendar(TIJUANA, closures).reasonClosed(LocalDate.of(2026, 4, 3)))
                .contains("Semana Santa");
        assertThat(new ClosureCalendar(MEXICALI, closures).isClosed(LocalDate.of(2026, 4, 2))).isTrue();
    }

    @Test
    void an_office_closure_closes_only_that_office_on_each_day_of_its_range() {
        ClosureCalendar tijuana = new ClosureCalendar(TIJUANA, closures);
        assertThat(tijuana.isClosed(LocalDate.of(2026, 6, 8))).isTrue();
        assertThat(tijuana.isClosed(LocalDate.of(2026, 6, 12))).isTrue();
        assertThat(tijuana.isClosed(LocalDate.of(2026, 6, 13))).isFalse();
        assertThat(new ClosureCalendar(MEXICALI, closures).isClosed(LocalDate.of(2026, 6, 10))).isFalse();
    }

    @Test
    void federal_rest_days_close_every_office_without_being_configured() {
        assertThat(new ClosureCalendar(MEXICALI, List.of()).reasonClosed(LocalDate.of(2026, 11, 16)))
                .contains("Día de la Revolución");
    }

    @Test
    void a_closure_needs_a_reason_the_database_can_keep() {
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(Closure.nationwide(day, day, " Fumigación ").reason()).isEqualTo("Fumigación");
        assertThat(Closure.nationwide(day, day, "ñ".repeat(Closure.MAX_REASON_LENGTH)).reason())
                .hasSize(Closure.MAX_REASON_LENGTH);
        assertThatThrownBy(() -> Closure.nationwide(day, day, "  "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Reason");
        assertThatThrownBy(() -> Closure.nationwide(day, day, "ñ".repeat(Closure.MAX_REASON_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 200 characters");
    }

    @Test
    void a_closure_is_announced_from_today_up_to_two_years_ahead() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        Closure.ofOffice(TIJUANA, today, today, "Fuga de agua").checkCanBeAnnouncedOn(today);
        Closure.ofOffice(TIJUANA, today.plusYears(2), today.plusYears(2), "Obras").checkCanBeAnnouncedOn(today);

        assertThatThrownBy(() -> Closure.ofOffice(TIJUANA, today.minusDays(1), today.plusDays(1), "Tarde")
                .checkCanBeAnnouncedOn(today))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the past");
        LocalDate tooFar = today.plusYears(2).plusDays(1);
        assertThatThrownBy(() -> Closure.ofOffice(TIJUANA, tooFar, tooFar, "¿2207?").checkCanBeAnnouncedOn(today))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 2 years ahead");
    }

    @Test
    void a_closure_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> Closure.nationwide(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("before it starts");
    }

    @Test
    void a_closure_reason_is_sent_to_applicants_so_it_is_one_line_without_control_or_direction_characters() {
        LocalDate day = LocalDate.of(2026, 6, 8);

        assertThat(Closure.ofOffice(TIJUANA, day, day, " Remodelacio\u0301n ").reason()).isEqualTo("Remodelación");
        assertThatThrownBy(() -> Closure.ofOffice(TIJUANA, day, day, "Obras\r\nSubject: otra cosa"))
                .isInstanceOf(UnsafeTextException.class).hasMessageStartingWith("Reason must not contain a line break");
        assertThatThrownBy(() -> Closure.ofOffice(TIJUANA, day, day, "Obras\u202E"))
                .isInstanceOf(UnsafeTextException.class);
    }

    @Test
    void only_a_closure_that_has_not_begun_can_be_removed() {
        Closure works = Closure.ofOffice(new OfficeId("cdmx-centro"), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 9), "Obras");
        works.checkCanBeRemovedOn(LocalDate.of(2026, 12, 6));
        assertThatThrownBy(() -> works.checkCanBeRemovedOn(LocalDate.of(2026, 12, 7)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("begun");
        assertThatThrownBy(() -> works.checkCanBeRemovedOn(LocalDate.of(2026, 12, 10)))
                .isInstanceOf(InvalidValueException.class);
    }
}
