package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link WindowSessions} must have; run against the fake and the real adapter. The windows are
 * those of the office's floor, as its {@link OfficeFloorRepository} stores them.
 */
public abstract class WindowSessionsContract extends RepositoryContract {

    protected abstract WindowSessions sessions();

    protected abstract OfficeFloorRepository floors();

    protected abstract OfficeRepository offices();

    private final OfficeId cdmx = DomainFixtures.cdmx().id();
    private final OfficeId tijuana = DomainFixtures.tijuana().id();
    private final Instant nine = Instant.parse("2026-12-01T15:00:00Z");

    @BeforeEach
    void both_offices_have_three_windows() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
            floors().save(threeWindows(cdmx));
            floors().save(threeWindows(tijuana));
        });
    }

    private static OfficeFloor threeWindows(OfficeId office) {
        OfficeFloor floor = OfficeFloor.create(office);
        floor.arrangeWindows(List.of(new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT)),
                new ServiceWindow(2, Set.of(DomainFixtures.RENOV_RT)),
                new ServiceWindow(3, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT))));
        return floor;
    }

    private boolean open(OfficeId office, int window, String username) {
        return inTransaction(() -> sessions().tryOpen(office, window, username, nine));
    }

    private Map<Integer, String> openWindows(OfficeId office) {
        return inTransaction(() -> sessions().openWindows(office));
    }

    @Test
    void no_window_is_open_until_someone_opens_it() {
        assertThat(openWindows(cdmx)).isEmpty();
        assertThat(inTransaction(() -> sessions().openedBy(cdmx, 1))).isEmpty();
    }

    @Test
    void a_window_opened_is_that_staff_members_and_refused_to_anyone_else() {
        assertThat(open(cdmx, 1, "ana.lopez")).isTrue();

        assertThat(open(cdmx, 1, "luis.garcia")).isFalse();
        assertThat(open(cdmx, 1, "ana.lopez")).as("opened again by its holder").isTrue();
        assertThat(open(cdmx, 2, "luis.garcia")).isTrue();
        assertThat(openWindows(cdmx)).isEqualTo(Map.of(1, "ana.lopez", 2, "luis.garcia"));
        assertThat(inTransaction(() -> sessions().openedBy(cdmx, 1))).contains("ana.lopez");
    }

    @Test
    void only_its_holder_closes_a_window_which_someone_else_may_then_open() {
        open(cdmx, 1, "ana.lopez");

        inTransaction(() -> sessions().close(cdmx, 1, "luis.garcia"));
        assertThat(openWindows(cdmx)).isEqualTo(Map.of(1, "ana.lopez"));

        inTransaction(() -> sessions().close(cdmx, 1, "ana.lopez"));
        assertThat(openWindows(cdmx)).isEmpty();
        assertThat(open(cdmx, 1, "luis.garcia")).isTrue();
        inTransaction(() -> sessions().close(cdmx, 2, "luis.garcia"));
        assertThat(openWindows(cdmx)).isEqualTo(Map.of(1, "luis.garcia"));
    }

    @Test
    void each_office_has_its_own_windows() {
        open(cdmx, 1, "ana.lopez");

        assertThat(open(tijuana, 1, "luis.garcia")).isTrue();
        assertThat(openWindows(cdmx)).isEqualTo(Map.of(1, "ana.lopez"));
        assertThat(openWindows(tijuana)).isEqualTo(Map.of(1, "luis.garcia"));
    }

    @Test
    void a_window_the_floor_does_not_have_cannot_be_opened() {
        assertThat(open(cdmx, 4, "ana.lopez")).isFalse();
        assertThat(open(DomainFixtures.cancun().id(), 1, "ana.lopez")).as("an office without a floor").isFalse();

        assertThat(openWindows(cdmx)).isEmpty();
    }

    @Test
    void the_floor_saved_again_keeps_open_the_windows_it_keeps_and_drops_the_ones_it_removes() {
        open(cdmx, 1, "ana.lopez");
        open(cdmx, 2, "luis.garcia");
        OfficeFloor floor = inTransaction(() -> floors().find(cdmx)).orElseThrow();
        floor.arrangeWindows(List.of(new ServiceWindow(1, Set.of(DomainFixtures.RENOV_RT)),
                new ServiceWindow(3, Set.of(DomainFixtures.CANJE_RT)), new ServiceWindow(4,
                        Set.of(DomainFixtures.CANJE_RT))));

        inTransaction(() -> floors().save(floor));

        assertThat(openWindows(cdmx)).isEqualTo(Map.of(1, "ana.lopez"));
        assertThat(open(cdmx, 4, "luis.garcia")).isTrue();
    }
}
