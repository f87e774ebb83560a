package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OfficeFloorRepository} must have; run against the fake and the real adapter. */
public abstract class OfficeFloorRepositoryContract extends RepositoryContract {

    protected abstract OfficeFloorRepository repository();

    protected abstract OfficeRepository offices();

    private final OfficeId cdmx = DomainFixtures.cdmx().id();
    private final OfficeId tijuana = DomainFixtures.tijuana().id();
    private final LocalDate campaign = LocalDate.of(2026, 12, 7);
    private final LocalDate shortDay = LocalDate.of(2026, 12, 24);

    @BeforeEach
    void offices_exist() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
        });
    }

    /** Two pools (one pooled for two procedures), a campaign day and a short day, three windows, 3 : 1, 30 min. */
    private OfficeFloor arranged(OfficeId office) {
        OfficeFloor floor = OfficeFloor.create(office);
        floor.offerWalkIns(List.of(
                new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT), 50),
                new WalkInPool('R', Set.of(DomainFixtures.REGULARIZ_VENCIDO), 20)));
        floor.setDayTokens(campaign, 'A', Optional.of(120));
        floor.setDayTokens(shortDay, 'A', Optional.of(10));
        floor.setDayTokens(shortDay, 'R', Optional.of(0));
        floor.arrangeWindows(List.of(
                new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)),
                new ServiceWindow(2, Set.of(DomainFixtures.REGULARIZ_VENCIDO)),
                new ServiceWindow(12, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.REGULARIZ_VENCIDO))));
        floor.takeTurns(new QueueRatio(3, 1));
        floor.convertUnusedOnlinePlaces(Optional.of(Duration.ofMinutes(30)));
        return floor;
    }

    private OfficeFloor save(OfficeFloor floor) {
        return inTransaction(() -> repository().save(floor));
    }

    private Optional<OfficeFloor> find(OfficeId office) {
        return inTransaction(() -> repository().find(office));
    }

    private static void assertSameArrangement(OfficeFloor actual, OfficeFloor expected) {
        assertThat(actual.office()).isEqualTo(expected.office());
        assertThat(actual.pools()).as("pools").isEqualTo(expected.pools());
        assertThat(actual.dayTokens()).as("days with their own tokens").isEqualTo(expected.dayTokens());
        assertThat(actual.windows()).as("windows").isEqualTo(expected.windows());
        assertThat(actual.ratio()).as("ratio").isEqualTo(expected.ratio());
        assertThat(actual.conversionLead()).as("conversion").isEqualTo(expected.conversionLead());
    }

    @Test
    void an_office_that_never_set_up_its_floor_has_none_stored() {
        assertThat(find(cdmx)).isEmpty();
    }

    @Test
    void the_first_save_stores_the_whole_floor_at_version_one_and_it_reads_back_as_saved() {
        OfficeFloor floor = arranged(cdmx);

        OfficeFloor saved = save(floor);

        assertThat(saved.version()).isEqualTo(1);
        assertSameArrangement(saved, floor);
        OfficeFloor stored = find(cdmx).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertSameArrangement(stored, floor);
        assertThat(stored.tokensOn(stored.pool('A').orElseThrow(), campaign)).isEqualTo(120);
        assertThat(stored.tokensOn(stored.pool('R').orElseThrow(), shortDay)).isZero();
        assertThat(stored.tokensOn(stored.pool('R').orElseThrow(), campaign)).isEqualTo(20);
    }

    @Test
    void an_office_without_tokens_windows_or_conversion_reads_back_empty_at_its_version() {
        OfficeFloor plain = OfficeFloor.create(cdmx);

        save(plain);

        OfficeFloor stored = find(cdmx).orElseThrow();
        assertSameArrangement(stored, plain);
        assertThat(stored.pools()).isEmpty();
        assertThat(stored.windows()).isEmpty();
        assertThat(stored.conversionLead()).isEmpty();
        assertThat(stored.ratio()).isEqualTo(QueueRatio.DEFAULT);
    }

    @Test
    void a_save_at_the_stored_version_replaces_the_pools_their_days_and_the_windows() {
        OfficeFloor stored = save(arranged(cdmx));
        stored.offerWalkIns(List.of(new WalkInPool('B', Set.of(DomainFixtures.CANJE_RT), 5),
                new WalkInPool('R', Set.of(DomainFixtures.REGULARIZ_VENCIDO, DomainFixtures.RENOV_RT), 30)));
        stored.setDayTokens(campaign, 'B', Optional.of(8));
        stored.arrangeWindows(List.of(new ServiceWindow(2, Set.of(DomainFixtures.CANJE_RT)),
                new ServiceWindow(3, Set.of(DomainFixtures.RENOV_RT))));
        stored.takeTurns(new QueueRatio(1, 1));
        stored.convertUnusedOnlinePlaces(Optional.empty());

        OfficeFloor again = save(stored);

        assertThat(again.version()).isEqualTo(2);
        OfficeFloor read = find(cdmx).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertSameArrangement(read, stored);
        assertThat(read.dayTokens()).isEqualTo(Map.of(campaign, Map.of('B', 8), shortDay, Map.of('R', 0)));
    }

    @Test
    void a_save_of_a_floor_read_before_another_save_is_a_conflict_and_changes_nothing() {
        save(arranged(cdmx));
        OfficeFloor first = find(cdmx).orElseThrow();
        OfficeFloor second = find(cdmx).orElseThrow();
        first.takeTurns(new QueueRatio(4, 1));
        save(first);

        second.arrangeWindows(List.of());
        assertThatThrownBy(() -> save(second)).isInstanceOf(EditConflictException.class);

        OfficeFloor stored = find(cdmx).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.ratio()).isEqualTo(new QueueRatio(4, 1));
        assertThat(stored.windows()).hasSize(3);
    }

    @Test
    void a_second_first_save_of_an_office_is_a_conflict_and_keeps_the_first() {
        save(arranged(cdmx));

        assertThatThrownBy(() -> save(OfficeFloor.create(cdmx))).isInstanceOf(EditConflictException.class);

        assertSameArrangement(find(cdmx).orElseThrow(), arranged(cdmx));
    }

    @Test
    void a_save_at_a_version_never_stored_is_a_conflict() {
        OfficeFloor ahead = OfficeFloor.reconstitute(cdmx, List.of(), Map.of(), List.of(), QueueRatio.DEFAULT, null,
                3);

        assertThatThrownBy(() -> save(ahead)).isInstanceOf(EditConflictException.class);

        assertThat(find(cdmx)).isEmpty();
    }

    @Test
    void each_office_has_its_own_floor() {
        save(arranged(cdmx));
        OfficeFloor border = OfficeFloor.create(tijuana);
        border.arrangeWindows(List.of(new ServiceWindow(1, Set.of(DomainFixtures.RENOV_RT))));
        save(border);

        OfficeFloor mexico = find(cdmx).orElseThrow();
        mexico.arrangeWindows(List.of());
        save(mexico);

        assertThat(find(tijuana).orElseThrow().windows())
                .containsExactly(new ServiceWindow(1, Set.of(DomainFixtures.RENOV_RT)));
        assertThat(find(cdmx).orElseThrow().pools()).hasSize(2);
    }
}
