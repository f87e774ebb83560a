package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link WalkInTally} must have; run against the fake and the real adapter. */
public abstract class WalkInTallyContract extends RepositoryContract {

    protected abstract WalkInTally tally();

    private final OfficeId cdmx = DomainFixtures.cdmx().id();
    private final OfficeId tijuana = DomainFixtures.tijuana().id();
    private final LocalDate tuesday = LocalDate.of(2026, 12, 1);

    private boolean issue(OfficeId office, char letter, LocalDate day, int quota) {
        return inTransaction(() -> tally().tryIssue(office, letter, day, quota));
    }

    private int issued(OfficeId office, char letter, LocalDate day) {
        return inTransaction(() -> tally().issued(office, letter, day));
    }

    @Test
    void a_pool_gives_tokens_up_to_its_quota_and_then_refuses() {
        assertThat(IntStream.range(0, 3).mapToObj(i -> issue(cdmx, 'A', tuesday, 3))).containsOnly(true);

        assertThat(issue(cdmx, 'A', tuesday, 3)).isFalse();
        assertThat(issue(cdmx, 'A', tuesday, 3)).isFalse();
        assertThat(issued(cdmx, 'A', tuesday)).isEqualTo(3);
    }

    @Test
    void a_pool_that_gave_nothing_has_issued_none_and_a_quota_of_zero_gives_nothing() {
        assertThat(issued(cdmx, 'A', tuesday)).isZero();

        assertThat(issue(cdmx, 'A', tuesday, 0)).isFalse();

        assertThat(issued(cdmx, 'A', tuesday)).isZero();
    }

    @Test
    void each_office_pool_and_day_counts_on_its_own() {
        issue(cdmx, 'A', tuesday, 1);

        assertThat(issue(cdmx, 'A', tuesday, 1)).isFalse();
        assertThat(issue(cdmx, 'B', tuesday, 1)).isTrue();
        assertThat(issue(cdmx, 'A', tuesday.plusDays(1), 1)).isTrue();
        assertThat(issue(tijuana, 'A', tuesday, 1)).isTrue();
        assertThat(issued(cdmx, 'A', tuesday)).isEqualTo(1);
        assertThat(issued(cdmx, 'B', tuesday)).isEqualTo(1);
    }

    @Test
    void a_quota_raised_during_the_day_gives_more_and_one_lowered_below_what_was_given_gives_none() {
        issue(cdmx, 'A', tuesday, 2);
        issue(cdmx, 'A', tuesday, 2);
        assertThat(issue(cdmx, 'A', tuesday, 2)).isFalse();

        assertThat(issue(cdmx, 'A', tuesday, 3)).as("raised").isTrue();
        assertThat(issue(cdmx, 'A', tuesday, 1)).as("lowered").isFalse();

        assertThat(issued(cdmx, 'A', tuesday)).isEqualTo(3);
    }
}
