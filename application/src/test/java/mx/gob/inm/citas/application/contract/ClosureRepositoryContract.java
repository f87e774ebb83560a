package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ClosureRepository} must have; run against the fake and the real adapter. */
public abstract class ClosureRepositoryContract extends RepositoryContract {

    protected abstract ClosureRepository repository();

    protected abstract OfficeRepository offices();

    private final Office tijuana = DomainFixtures.tijuana();
    private final Office cancun = DomainFixtures.cancun();
    private final Closure holyWeek = Closure.nationwide(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3),
            "Jueves y Viernes Santo");
    private final Closure works = Closure.ofOffice(DomainFixtures.tijuana().id(), LocalDate.of(2026, 6, 8),
            LocalDate.of(2026, 6, 12), "Remodelación");
    private final Closure flood = Closure.ofOffice(DomainFixtures.cancun().id(), LocalDate.of(2026, 6, 10),
            LocalDate.of(2026, 6, 10), "Inundación");

    @BeforeEach
    void offices_and_closures_exist() {
        inTransaction(() -> {
            offices().save(tijuana);
            offices().save(cancun);
            repository().save(holyWeek);
            repository().save(works);
            repository().save(flood);
        });
    }

    @Test
    void an_office_sees_its_own_closures_and_the_nationwide_ones_but_not_others() {
        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).containsExactlyInAnyOrder(holyWeek, works);
    }

    @Test
    void read_as_stored_the_closures_are_the_same_ones() {
        assertThat(inTransaction(() -> repository().findApplyingToAsStored(tijuana.id(), LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 6, 12)))).containsExactly(works);
        assertThat(inTransaction(() -> repository().findApplyingToAsStored(cancun.id(), LocalDate.of(2026, 6, 11),
                LocalDate.of(2026, 6, 30)))).isEmpty();
    }

    @Test
    void a_removed_closure_no_longer_applies_and_the_others_stay() {
        assertThat(inTransaction(() -> repository().remove(works))).isTrue();
        assertThat(inTransaction(() -> repository().remove(works))).as("already gone").isFalse();
        assertThat(inTransaction(() -> repository().remove(Closure.nationwide(holyWeek.firstDay(),
                holyWeek.lastDay(), "Otra razón")))).as("another reason is another closure").isFalse();

        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).containsExactly(holyWeek);
        assertThat(inTransaction(() -> repository().findApplyingToAsStored(cancun.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).containsExactlyInAnyOrder(holyWeek, flood);
        assertThat(inTransaction(() -> repository().remove(holyWeek))).isTrue();
        assertThat(inTransaction(() -> repository().findApplyingTo(cancun.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).containsExactly(flood);
    }

    @Test
    void the_longest_reason_a_closure_may_have_is_kept_accents_and_all() {
        Closure longest = Closure.ofOffice(tijuana.id(), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 6),
                "ñ".repeat(Closure.MAX_REASON_LENGTH));
        inTransaction(() -> repository().save(longest));

        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 6)))).containsExactly(longest);
    }

    @Test
    void only_closures_sharing_a_day_with_the_range_count_and_the_ends_are_included() {
        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 6, 30)))).containsExactly(works);
        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 2)))).containsExactly(holyWeek);
        assertThat(inTransaction(() -> repository().findApplyingTo(tijuana.id(), LocalDate.of(2026, 6, 13),
                LocalDate.of(2026, 6, 30)))).isEmpty();
    }
}
