package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.FloorWorld.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import org.junit.jupiter.api.Test;

/** An office's floor set up in the console, against the in-memory stores. */
class ConfigureFloorServiceTest {

    private static final WalkInPool A = new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), 40);
    private static final WalkInPool B = new WalkInPool('B', Set.of(DomainFixtures.RENOV_RT,
            DomainFixtures.REGULARIZ_VENCIDO), 15);

    private final FloorWorld world = new FloorWorld();

    private String office() {
        return world.cdmxId();
    }

    private OfficeFloor stored() {
        return world.floors.find(world.cdmx.id()).orElseThrow();
    }

    private AuditEntry lastChange() {
        List<AuditEntry> changes = world.audited(AuditAction.FLOOR_CHANGED);
        assertThat(changes).isNotEmpty();
        return changes.get(changes.size() - 1);
    }

    @Test
    void an_office_that_never_set_up_its_floor_reads_as_an_empty_one_at_version_0() {
        OfficeFloor floor = world.configuration.floor(world.cdmxSupervisor, office());
        assertThat(floor.pools()).isEmpty();
        assertThat(floor.windows()).isEmpty();
        assertThat(floor.ratio()).isEqualTo(QueueRatio.DEFAULT);
        assertThat(floor.version()).isZero();
        assertThat(world.floors.find(world.cdmx.id())).as("reading stores nothing").isEmpty();
    }

    @Test
    void each_change_is_saved_at_a_new_version_and_audited_as_floor_changed() {
        OfficeFloor pools = world.configuration.offerWalkIns(world.cdmxStaff, office(), List.of(B, A), 0);
        assertThat(pools.version()).isEqualTo(1);
        assertThat(stored().pools()).containsExactly(A, B);
        AuditEntry entry = lastChange();
        assertThat(entry.actor()).isEqualTo("ana.lopez");
        assertThat(entry.office()).isEqualTo(world.cdmx.id());
        assertThat(entry.subject()).isEqualTo(office());
        assertThat(entry.detail()).isEqualTo("walk-in pools B=15 REGULARIZ-VENCIDO,RENOV-RT; A=40 CANJE-RT");

        OfficeFloor windows = world.configuration.arrangeWindows(world.cdmxStaff, office(), List.of(
                new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)),
                new ServiceWindow(2, Set.of(DomainFixtures.REGULARIZ_VENCIDO))), pools.version());
        assertThat(windows.version()).isEqualTo(2);
        assertThat(lastChange().detail()).isEqualTo("windows 1 CANJE-RT,RENOV-RT; 2 REGULARIZ-VENCIDO");

        OfficeFloor turns = world.configuration.takeTurns(world.cdmxStaff, office(), new QueueRatio(3, 2),
                Optional.of(Duration.ofMinutes(30)), windows.version());
        assertThat(stored().ratio()).isEqualTo(new QueueRatio(3, 2));
        assertThat(stored().conversionLead()).contains(Duration.ofMinutes(30));
        assertThat(lastChange().detail()).isEqualTo("turns 3:2, conversion 30 min");

        OfficeFloor day = world.configuration.setDayTokens(world.cdmxStaff, office(), LocalDate.of(2026, 12, 24),
                'A', Optional.of(10), turns.version());
        assertThat(stored().tokensOn(A, LocalDate.of(2026, 12, 24))).isEqualTo(10);
        assertThat(lastChange().detail()).isEqualTo("walk-in tokens A on 2026-12-24: 10");

        OfficeFloor daily = world.configuration.setDayTokens(world.cdmxStaff, office(), LocalDate.of(2026, 12, 24),
                'A', Optional.empty(), day.version());
        assertThat(stored().tokensOn(A, LocalDate.of(2026, 12, 24))).isEqualTo(40);
        assertThat(lastChange().detail()).isEqualTo("walk-in tokens A on 2026-12-24: daily");

        world.configuration.takeTurns(world.cdmxStaff, office(), QueueRatio.DEFAULT, Optional.empty(),
                daily.version());
        assertThat(lastChange().detail()).isEqualTo("turns 2:1, conversion off");
        assertThat(world.audited(AuditAction.FLOOR_CHANGED)).hasSize(6);
        assertThat(stored().version()).isEqualTo(6);
    }

    @Test
    void a_change_made_on_an_old_version_is_refused_and_changes_nothing() {
        world.configuration.offerWalkIns(world.cdmxStaff, office(), List.of(A), 0);

        assertThatThrownBy(() -> world.configuration.offerWalkIns(world.admin, office(), List.of(B), 0))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> world.configuration.takeTurns(world.admin, office(), new QueueRatio(1, 1),
                Optional.empty(), 7)).isInstanceOf(EditConflictException.class);

        assertThat(stored().pools()).containsExactly(A);
        assertThat(stored().ratio()).isEqualTo(QueueRatio.DEFAULT);
        assertThat(world.audited(AuditAction.FLOOR_CHANGED)).hasSize(1);
    }

    @Test
    void a_procedure_not_in_the_catalogue_is_refused_for_a_pool_or_a_window() {
        ProcedureCode unknown = new ProcedureCode("NO-EXISTE");
        assertThatThrownBy(() -> world.configuration.offerWalkIns(world.cdmxStaff, office(),
                List.of(new WalkInPool('A', Set.of(unknown), 3)), 0)).isInstanceOf(ProcedureNotFoundException.class);
        assertThatThrownBy(() -> world.configuration.arrangeWindows(world.cdmxStaff, office(),
                List.of(new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT, unknown))), 0))
                .isInstanceOf(ProcedureNotFoundException.class);
        assertThat(world.floors.find(world.cdmx.id())).isEmpty();
        assertThat(world.audited(AuditAction.FLOOR_CHANGED)).isEmpty();
    }

    @Test
    void an_arrangement_the_floor_refuses_is_neither_saved_nor_audited() {
        assertRefused(() -> world.configuration.offerWalkIns(world.cdmxStaff, office(), List.of(A,
                new WalkInPool('B', Set.of(DomainFixtures.CANJE_RT), 2)), 0), InvalidValueException.class,
                "floor.procedureInTwoPools");
        assertRefused(() -> world.configuration.setDayTokens(world.cdmxStaff, office(), LocalDate.of(2026, 12, 1),
                'Z', Optional.of(3), 0), mx.gob.inm.citas.domain.floor.FloorRefusedException.class,
                "floor.noSuchPool");
        assertThat(world.floors.find(world.cdmx.id())).isEmpty();
        assertThat(world.audited(AuditAction.FLOOR_CHANGED)).isEmpty();
    }

    @Test
    void a_supervisor_may_read_the_floor_but_not_change_it_and_the_refusal_is_audited() {
        world.configuration.offerWalkIns(world.cdmxStaff, office(), List.of(A), 0);
        assertThat(world.configuration.floor(world.cdmxSupervisor, office()).pools()).containsExactly(A);

        assertThatThrownBy(() -> world.configuration.offerWalkIns(world.cdmxSupervisor, office(), List.of(B), 1))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.READ_ONLY));
        assertThatThrownBy(() -> world.configuration.arrangeWindows(world.cdmxSupervisor, office(), List.of(
                new ServiceWindow(1, Set.of(new ProcedureCode("NO-EXISTE")))), 1))
                .as("access is asked first, whatever else is wrong")
                .isInstanceOf(OfficeAccessDeniedException.class);

        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(2);
        assertThat(stored().pools()).containsExactly(A);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void staff_of_another_office_neither_read_nor_change_it() {
        assertThatThrownBy(() -> world.configuration.floor(world.tijuanaStaff, office()))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE));
        assertThatThrownBy(() -> world.configuration.takeTurns(world.tijuanaStaff, office(), QueueRatio.DEFAULT,
                Optional.empty(), 0)).isInstanceOf(OfficeAccessDeniedException.class);
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(2);
        assertThat(world.floors.find(world.cdmx.id())).isEmpty();
    }

    @Test
    void an_unknown_office_has_no_floor() {
        assertThatThrownBy(() -> world.configuration.floor(world.admin, "no-such-office"))
                .isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> world.configuration.offerWalkIns(world.admin, "no-such-office", List.of(A), 0))
                .isInstanceOf(OfficeNotFoundException.class);
    }
}
