package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.FloorWorld.CANJE;
import static mx.gob.inm.citas.application.service.FloorWorld.REGULARIZ;
import static mx.gob.inm.citas.application.service.FloorWorld.RENOV;
import static mx.gob.inm.citas.application.service.FloorWorld.assertFloorRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand;
import mx.gob.inm.citas.application.port.in.ReceptionDay;
import mx.gob.inm.citas.application.port.in.WalkInTicket;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** Reception issues walk-in tokens, against the in-memory stores. */
class IssueWalkInTokenServiceTest {

    private final FloorWorld world = new FloorWorld().setUpCdmx();

    private WalkInTicket issue(StaffMember member, String office, String procedure) {
        return world.reception.issue(member, new IssueWalkInTokenCommand(office, procedure, Priority.NONE,
                Optional.empty()));
    }

    @Test
    void tokens_are_numbered_with_their_pools_letter_from_001_in_the_order_they_are_issued() {
        WalkInTicket first = world.token(CANJE);
        WalkInTicket second = world.token(CANJE);
        WalkInTicket renewal = world.token(RENOV);

        assertThat(first.visit().number()).hasToString("A-001");
        assertThat(second.visit().number()).hasToString("A-002");
        assertThat(renewal.visit().number()).as("each pool counts its own").hasToString("B-001");
        assertThat(first.visit().kind()).isEqualTo(VisitKind.WALK_IN);
        assertThat(first.visit().status()).isEqualTo(VisitStatus.WAITING);
        assertThat(first.visit().queuedAt()).isEqualTo(ConsoleWorld.NOW);
        assertThat(first.visit().day()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the_ticket_shows_the_office_the_procedure_and_how_many_are_ahead() {
        world.token(CANJE);
        world.checkedIn(1, 0, Priority.NONE);

        WalkInTicket ticket = world.token(CANJE);

        assertThat(ticket.office().id()).isEqualTo(world.cdmx.id());
        assertThat(ticket.procedure().code()).isEqualTo(DomainFixtures.CANJE_RT);
        assertThat(ticket.ahead()).as("C-001, then A-001, before A-002 at 2 : 1").isEqualTo(2);
        assertThat(world.token(RENOV).ahead()).as("window 1 serves RENOV-RT too: all three before it")
                .isEqualTo(3);
    }

    @Test
    void a_token_joins_the_queue_and_the_log_says_who_issued_it() {
        WalkInTicket ticket = world.reception.issue(world.cdmxStaff, new IssueWalkInTokenCommand(world.cdmxId(),
                CANJE, Priority.PREGNANT, Optional.of(" Rosa Díaz ")));

        assertThat(world.visits.open(world.cdmx.id(), ticket.visit().day())).extracting(v -> v.number().value())
                .containsExactly("A-001");
        assertThat(ticket.visit().priority()).isEqualTo(Priority.PREGNANT);
        assertThat(ticket.visit().personName()).contains("Rosa Díaz");
        assertThat(world.visits.log(world.cdmx.id(), ticket.visit().day())).singleElement().satisfies(logged -> {
            assertThat(logged.event().kind()).isEqualTo(VisitEventKind.ISSUED);
            assertThat(logged.event().by()).contains("ana.lopez");
            assertThat(logged.event().detail()).isEqualTo("PREGNANT");
        });
    }

    @Test
    void when_the_days_quota_is_given_the_next_is_refused_and_nothing_is_kept() {
        IntStream.range(0, FloorWorld.A_TOKENS).forEach(i -> world.token(CANJE));
        long logged = world.visits.logLength(world.cdmx.id());

        assertThatThrownBy(() -> world.token(CANJE)).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("walkIn.exhausted");
            assertThat(e.arguments()).containsExactly("CANJE-RT", "Trámite CANJE-RT", "Procedure CANJE-RT");
        });

        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(world.tally.issued(world.cdmx.id(), 'A', today)).isEqualTo(FloorWorld.A_TOKENS);
        assertThat(world.visits.open(world.cdmx.id(), today)).hasSize(FloorWorld.A_TOKENS);
        assertThat(world.visits.logLength(world.cdmx.id())).isEqualTo(logged);
        assertThat(world.tokenNumber(RENOV)).as("another pool still gives").isEqualTo("B-001");
    }

    @Test
    void a_days_own_number_of_tokens_replaces_the_daily_one_for_that_day_only() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        long version = world.configuration.floor(world.cdmxStaff, world.cdmxId()).version();
        world.configuration.setDayTokens(world.cdmxStaff, world.cdmxId(), today, 'A', Optional.of(1), version);

        world.token(CANJE);
        assertFloorRefused(() -> world.token(CANJE), "walkIn.exhausted");
        assertThat(world.tally.issued(world.cdmx.id(), 'A', today)).isEqualTo(1);

        world.clock.set(ConsoleWorld.NOW.plus(Duration.ofDays(1)));
        IntStream.range(0, FloorWorld.A_TOKENS).forEach(i -> world.token(CANJE));
        assertFloorRefused(() -> world.token(CANJE), "walkIn.exhausted");
    }

    @Test
    void a_day_without_tokens_refuses_the_first() {
        long version = world.configuration.floor(world.cdmxStaff, world.cdmxId()).version();
        world.configuration.setDayTokens(world.cdmxStaff, world.cdmxId(), LocalDate.of(2026, 11, 30), 'B',
                Optional.of(0), version);
        assertFloorRefused(() -> world.token(RENOV), "walkIn.exhausted");
        assertThat(world.visits.logLength(world.cdmx.id())).isZero();
    }

    @Test
    void a_procedure_without_a_pool_at_the_office_has_no_tokens() {
        assertThatThrownBy(() -> world.token(REGULARIZ)).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("walkIn.noPool");
            assertThat(e.arguments()).containsExactly("REGULARIZ-VENCIDO", "Trámite REGULARIZ-VENCIDO",
                    "Procedure REGULARIZ-VENCIDO");
        });
        assertThatThrownBy(() -> issue(world.tijuanaStaff, world.tijuana.id().value(), CANJE))
                .as("an office that never set up its floor").isInstanceOfSatisfying(FloorRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("walkIn.noPool"));
    }

    @Test
    void an_unknown_procedure_or_office_is_refused() {
        assertThatThrownBy(() -> world.token("NO-EXISTE")).isInstanceOf(ProcedureNotFoundException.class);
        assertThatThrownBy(() -> world.token("no es un código")).isInstanceOf(ProcedureNotFoundException.class);
        assertThatThrownBy(() -> issue(world.admin, "no-such-office", CANJE))
                .isInstanceOf(OfficeNotFoundException.class);
    }

    @Test
    void only_staff_who_may_work_in_the_office_issue_tokens_and_each_refusal_is_audited() {
        assertThatThrownBy(() -> issue(world.tijuanaStaff, world.cdmxId(), CANJE))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE));
        assertThatThrownBy(() -> issue(world.cdmxSupervisor, world.cdmxId(), CANJE))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.READ_ONLY));

        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(2);
        assertThat(world.tally.issued(world.cdmx.id(), 'A', LocalDate.of(2026, 11, 30))).isZero();
        assertThat(issue(world.admin, world.cdmxId(), CANJE).visit().number()).hasToString("A-001");
    }

    @Test
    void numbers_and_quotas_start_again_at_each_offices_own_midnight_whatever_the_machines_zone() {
        TimeZone machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        try {
            world.configuration.offerWalkIns(world.tijuanaStaff, world.tijuana.id().value(),
                    List.of(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), 2)), 0);
            // Monday 30 November 2026, 22:00 in Tijuana, 00:00 of Tuesday in Mexico City
            world.clock.set(Instant.parse("2026-12-01T06:00:00Z"));
            assertThat(issue(world.tijuanaStaff, "bc-tijuana", CANJE).visit().number()).hasToString("A-001");
            assertThat(issue(world.tijuanaStaff, "bc-tijuana", CANJE).visit().number()).hasToString("A-002");
            assertFloorRefused(() -> issue(world.tijuanaStaff, "bc-tijuana", CANJE), "walkIn.exhausted");

            world.clock.set(Instant.parse("2026-11-30T23:00:00Z"));
            IntStream.range(0, FloorWorld.A_TOKENS).forEach(i -> world.token(CANJE));
            world.clock.set(Instant.parse("2026-12-01T05:59:59Z"));
            assertFloorRefused(() -> world.token(CANJE), "walkIn.exhausted");
            world.clock.set(Instant.parse("2026-12-01T06:00:00Z"));
            WalkInTicket tuesday = world.token(CANJE);
            assertThat(tuesday.visit().number()).as("a new day in Mexico City").hasToString("A-001");
            assertThat(tuesday.visit().day()).isEqualTo(LocalDate.of(2026, 12, 1));

            world.clock.set(Instant.parse("2026-12-01T07:59:59Z"));
            assertFloorRefused(() -> issue(world.tijuanaStaff, "bc-tijuana", CANJE), "walkIn.exhausted");
            world.clock.set(Instant.parse("2026-12-01T08:00:00Z"));
            WalkInTicket tijuanaTuesday = issue(world.tijuanaStaff, "bc-tijuana", CANJE);
            assertThat(tijuanaTuesday.visit().number()).as("midnight in Tijuana").hasToString("A-001");
            assertThat(tijuanaTuesday.visit().day()).isEqualTo(LocalDate.of(2026, 12, 1));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void reception_sees_each_pools_quota_and_tokens_given_the_visits_on_the_floor_and_how_many_wait() {
        world.token(CANJE);
        world.token(CANJE);
        world.token(RENOV);
        world.checkedIn(1, 0, Priority.NONE);
        world.open(world.cdmxStaff, 1);
        world.callNext(world.cdmxStaff, 1);

        ReceptionDay day = world.reception.reception(world.cdmxSupervisor, world.cdmxId());

        assertThat(day.day()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(day.office().id()).isEqualTo(world.cdmx.id());
        assertThat(day.pools()).extracting(p -> p.pool().letter(), ReceptionDay.PoolDay::quota,
                ReceptionDay.PoolDay::issued, ReceptionDay.PoolDay::left).containsExactly(
                        org.assertj.core.groups.Tuple.tuple('A', FloorWorld.A_TOKENS, 2, FloorWorld.A_TOKENS - 2),
                        org.assertj.core.groups.Tuple.tuple('B', FloorWorld.B_TOKENS, 1, FloorWorld.B_TOKENS - 1));
        assertThat(day.open()).hasSize(4);
        assertThat(day.waiting()).as("one was called").isEqualTo(3);
    }

    @Test
    void staff_of_another_office_do_not_see_its_reception() {
        assertThatThrownBy(() -> world.reception.reception(world.tijuanaStaff, world.cdmxId()))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(1);
    }

    @Test
    void a_pool_for_several_procedures_shares_its_quota_and_numbers() {
        long version = world.configuration.floor(world.cdmxStaff, world.cdmxId()).version();
        world.configuration.offerWalkIns(world.cdmxStaff, world.cdmxId(), List.of(new WalkInPool('D',
                Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT), 2)), version);

        assertThat(world.tokenNumber(CANJE)).isEqualTo("D-001");
        assertThat(world.tokenNumber(RENOV)).isEqualTo("D-002");
        assertFloorRefused(() -> world.token(CANJE), "walkIn.exhausted");
        assertThat(world.configuration.floor(world.cdmxStaff, world.cdmxId()).windows())
                .extracting(ServiceWindow::number).containsExactly(1, 2, 3);
    }

    @Test
    void once_the_quota_is_given_an_office_that_converts_gives_a_token_for_a_place_still_free_within_the_lead() {
        OfficeFloor floor = world.configuration.floor(world.cdmxStaff, world.cdmxId());
        world.configuration.takeTurns(world.cdmxStaff, world.cdmxId(), floor.ratio(),
                Optional.of(Duration.ofMinutes(30)), floor.version());
        IntStream.range(0, FloorWorld.A_TOKENS).forEach(i -> world.token(CANJE));
        Instant nine = Instant.parse("2026-11-30T15:00:00Z");

        // 08:00: the first slot, 09:00, is more than 30 minutes away: its places are still online
        assertThatThrownBy(() -> world.token(CANJE)).isInstanceOfSatisfying(FloorRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("walkIn.exhausted"));
        assertThat(world.ledger.takenPlaces(world.cdmx.id(), nine, nine.plusSeconds(1)).at(nine)).isZero();

        // 08:40: 09:00's free places became tokens; one goes to this token, taken in the slot's ledger
        world.clock.advance(Duration.ofMinutes(40));
        assertThat(world.tokenNumber(CANJE)).isEqualTo("A-00" + (FloorWorld.A_TOKENS + 1));
        assertThat(world.ledger.takenPlaces(world.cdmx.id(), nine, nine.plusSeconds(1)).at(nine)).isEqualTo(1);
        assertThat(world.tally.issued(world.cdmx.id(), 'A', LocalDate.of(2026, 11, 30)))
                .isEqualTo(FloorWorld.A_TOKENS + 1);

        // once 09:00 is full, 09:30 is still beyond the lead: refused again, nothing taken
        world.ledger.give(world.cdmx.id(), nine, ConsoleWorld.PLACES);
        assertThatThrownBy(() -> world.token(CANJE)).isInstanceOfSatisfying(FloorRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("walkIn.exhausted"));
        Instant halfPast = nine.plus(Duration.ofMinutes(30));
        assertThat(world.ledger.takenPlaces(world.cdmx.id(), halfPast, halfPast.plusSeconds(1)).at(halfPast))
                .isZero();
    }
}
