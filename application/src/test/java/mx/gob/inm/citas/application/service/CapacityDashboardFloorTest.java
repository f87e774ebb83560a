package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeFloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.PoolFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureFloor;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' floor figures on fakes, worked out by hand. Now is Monday 30 November 2026, 08:00 in Mexico City;
 * the offices open weekdays. The national view's floor covers 2 to 30 November: 21 weekdays less the Revolution's
 * rest day (Monday 16 November), 20 open days.
 *
 * <pre>
 *  office  day     number  procedure status    wait   service
 *  cdmx    Thu 26  A-001   CANJE     FINISHED    600   1,200
 *  cdmx    Thu 26  A-002   CANJE     NO_SHOW   1,800      —
 *  cdmx    Thu 26  C-001   RENOV     FINISHED    600     600
 *  cdmx    Sun 1   A-001   CANJE     FINISHED  9,999     300   (29 days ago: outside)
 *  tijuana Thu 26  A-001   CANJE     FINISHED  3,600     900
 *  cancun  Thu 26  A-001   CANJE     FINISHED 50,000     900   (not the supervisor's)
 * </pre>
 * Pools: Mexico City A (CANJE) 10 a day, Friday 27 its own 4; R (RENOV) 5 a day; a former pool B gave 1 on Wednesday
 * 25. Tijuana A (CANJE and RENOV) 6 a day. Tokens given on Thursday 26: Mexico City's A 2, Tijuana's A 1.
 */
class CapacityDashboardFloorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final CapacityWorld world = new CapacityWorld();
    private final Office cdmx = world.cdmx;
    private final Office tijuana = world.tijuana;
    private final Office cancun = DomainFixtures.cancun();
    private StaffMember supervisor;
    private int codes = 1;

    @BeforeEach
    void two_floors_with_a_day_of_visits_and_a_third_office_the_supervisor_does_not_serve() {
        world.offices.save(cancun);
        world.schedules.save(DomainFixtures.weekdays(cancun, ConsoleWorld.PLACES, CANJE_RT));
        supervisor = StaffMember.create(Username.of("marta.diaz"), "Marta Díaz", StaffRole.SUPERVISOR,
                Set.of(cdmx.id(), tijuana.id()), "hash");
        OfficeFloor cdmxFloor = OfficeFloor.create(cdmx.id());
        cdmxFloor.offerWalkIns(List.of(new WalkInPool('A', Set.of(CANJE_RT), 10),
                new WalkInPool('R', Set.of(RENOV_RT), 5)));
        cdmxFloor.setDayTokens(LocalDate.of(2026, 11, 27), 'A', Optional.of(4));
        world.floors.save(cdmxFloor);
        OfficeFloor tijuanaFloor = OfficeFloor.create(tijuana.id());
        tijuanaFloor.offerWalkIns(List.of(new WalkInPool('A', Set.of(CANJE_RT, RENOV_RT), 6)));
        world.floors.save(tijuanaFloor);

        visit(cdmx, THURSDAY, "A-001", CANJE_RT, VisitStatus.FINISHED, "09:00", 600, 1200);
        visit(cdmx, THURSDAY, "A-002", CANJE_RT, VisitStatus.NO_SHOW, "09:05", 1800, null);
        visit(cdmx, THURSDAY, "C-001", RENOV_RT, VisitStatus.FINISHED, "09:20", 600, 600);
        visit(cdmx, LocalDate.of(2026, 11, 1), "A-001", CANJE_RT, VisitStatus.FINISHED, "09:00", 9999, 300);
        visit(tijuana, THURSDAY, "A-001", CANJE_RT, VisitStatus.FINISHED, "09:00", 3600, 900);
        visit(cancun, THURSDAY, "A-001", CANJE_RT, VisitStatus.FINISHED, "09:00", 50_000, 900);
        issue(cdmx.id(), 'A', THURSDAY, 2);
        issue(cdmx.id(), 'B', LocalDate.of(2026, 11, 25), 1);
        issue(tijuana.id(), 'A', THURSDAY, 1);
        issue(cancun.id(), 'A', THURSDAY, 5);
    }

    @Test
    void each_office_of_the_national_view_has_its_floor_of_the_last_28_days_and_today() {
        NationalDashboard national = world.dashboards.national(supervisor, NationalQuery.all());

        FloorFigures mexicoCity = row(national, cdmx.id()).floor();
        // waits 600, 600, 1,800: p90 at 1.8, 80 % of the way to 1,800; services 600, 1,200
        assertThat(mexicoCity.visits()).isEqualTo(new FloorVisits(3, 2, 2, 1, seconds(3, 600, 1560, 1000),
                seconds(2, 900, 1140, 900)));
        // A: 19 open days x 10 + Friday's own 4; R: 20 x 5; the former B gave 1 with no quota left
        assertThat(mexicoCity.walkIns()).isEqualTo(new WalkInUse(3, 194 + 100));
        assertThat(row(national, tijuana.id()).floor()).isEqualTo(new FloorFigures(new FloorVisits(1, 1, 1, 0,
                seconds(1, 3600, 3600, 3600), seconds(1, 900, 900, 900)), new WalkInUse(1, 120)));
    }

    @Test
    void the_national_floor_takes_its_percentiles_over_every_visit_of_the_offices_shown_and_no_other() {
        FloorFigures total = world.dashboards.national(supervisor, NationalQuery.all()).totalFloor();

        // waits 600, 600, 1,800, 3,600 (Cancún's 50,000 is not the supervisor's): p50 at 1.5, p90 at 2.7
        assertThat(total.visits().waiting()).isEqualTo(seconds(4, 1200, 3060, 1650));
        assertThat(total.visits().visits()).isEqualTo(4);
        assertThat(total.walkIns()).isEqualTo(new WalkInUse(4, 294 + 120));
        assertThat(world.dashboards.national(world.admin, NationalQuery.all()).totalFloor().visits().visits())
                .as("an admin's country has Cancún too").isEqualTo(5);
    }

    @Test
    void with_a_procedure_chosen_the_floor_has_its_visits_and_the_tokens_of_the_pools_that_serve_it() {
        NationalDashboard renewals = world.dashboards.national(supervisor, new NationalQuery(Optional.empty(),
                Optional.of("RENOV-RT")));

        FloorFigures mexicoCity = row(renewals, cdmx.id()).floor();
        assertThat(mexicoCity.visits()).isEqualTo(new FloorVisits(1, 0, 1, 0, seconds(1, 600, 600, 600),
                seconds(1, 600, 600, 600)));
        assertThat(mexicoCity.walkIns()).as("pool R only").isEqualTo(new WalkInUse(0, 100));
        assertThat(row(renewals, tijuana.id()).floor().walkIns()).as("Tijuana's A serves renewals too")
                .isEqualTo(new WalkInUse(1, 120));
        assertThat(row(renewals, tijuana.id()).floor().visits()).isEqualTo(FloorVisits.NONE);
    }

    @Test
    void the_office_view_has_its_floor_per_procedure_and_per_pool_over_the_range_up_to_today() {
        OfficeFloorFigures floor = world.dashboards.office(supervisor, cdmx.id().value(), OfficeQuery.defaults())
                .floor();

        assertThat(floor.from()).contains(LocalDate.of(2026, 11, 2));
        assertThat(floor.to()).as("the days ahead have no visits yet").contains(MONDAY);
        assertThat(floor.total().visits().visits()).isEqualTo(3);
        assertThat(floor.procedures()).containsExactly(
                new ProcedureFloor(CANJE_RT, new FloorVisits(2, 2, 1, 1, seconds(2, 1200, 1680, 1200),
                        seconds(1, 1200, 1200, 1200))),
                new ProcedureFloor(RENOV_RT, new FloorVisits(1, 0, 1, 0, seconds(1, 600, 600, 600),
                        seconds(1, 600, 600, 600))));
        assertThat(floor.pools()).containsExactly(new PoolFloor('A', Set.of(CANJE_RT), new WalkInUse(2, 194)),
                new PoolFloor('B', Set.of(), new WalkInUse(1, 0)),
                new PoolFloor('R', Set.of(RENOV_RT), new WalkInUse(0, 100)));
        assertThat(floor.total().walkIns()).isEqualTo(new WalkInUse(3, 294));
    }

    @Test
    void a_closure_takes_its_days_out_of_the_quota_but_not_the_tokens_given_on_them() {
        // Thursday 26 closed by the office (after it gave its tokens): A 10 and R 5 fewer, unless tokens were given
        world.closures.save(Closure.ofOffice(cdmx.id(), THURSDAY, THURSDAY, "Fumigación"));
        world.closures.save(Closure.ofOffice(cdmx.id(), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24),
                "Inventario"));

        OfficeFloorFigures floor = world.dashboards.office(supervisor, cdmx.id().value(), new OfficeQuery(
                Optional.of(LocalDate.of(2026, 11, 23)), Optional.of(LocalDate.of(2026, 11, 27)), Optional.empty()))
                .floor();

        // open: 23, 25, 27 (24 closed; 26 closed but A gave tokens): A 10 + 10 + 10 + 4, R 5 + 5 + 5
        assertThat(floor.pools()).containsExactly(new PoolFloor('A', Set.of(CANJE_RT), new WalkInUse(2, 34)),
                new PoolFloor('B', Set.of(), new WalkInUse(1, 0)),
                new PoolFloor('R', Set.of(RENOV_RT), new WalkInUse(0, 15)));
    }

    @Test
    void a_range_that_lies_ahead_has_no_floor_and_one_procedure_keeps_only_its_own() {
        assertThat(world.dashboards.office(supervisor, cdmx.id().value(), new OfficeQuery(Optional.of(MONDAY
                .plusDays(1)), Optional.of(MONDAY.plusDays(8)), Optional.empty())).floor())
                .isEqualTo(OfficeFloorFigures.NONE);

        OfficeFloorFigures renewals = world.dashboards.office(supervisor, cdmx.id().value(), new OfficeQuery(
                Optional.of(THURSDAY), Optional.of(THURSDAY), Optional.of("RENOV-RT"))).floor();
        assertThat(renewals.procedures()).extracting(ProcedureFloor::procedure).containsExactly(RENOV_RT);
        assertThat(renewals.pools()).containsExactly(new PoolFloor('R', Set.of(RENOV_RT), new WalkInUse(0, 5)));
        assertThat(renewals.total().visits().visits()).isEqualTo(1);
    }

    private static OfficeRow row(NationalDashboard national, OfficeId office) {
        return national.offices().stream().filter(r -> r.office().equals(office)).findFirst().orElseThrow();
    }

    private static DurationFigures seconds(long measured, long median, long p90, long mean) {
        return new DurationFigures(measured, Optional.of(Duration.ofSeconds(median)),
                Optional.of(Duration.ofSeconds(p90)), Optional.of(Duration.ofSeconds(mean)));
    }

    /** A visit as stored after its steps: called {@code wait} s after joining, served {@code service} s. */
    private void visit(Office office, LocalDate day, String number, ProcedureCode procedure, VisitStatus status,
            String queued, int wait, Integer service) {
        boolean walkIn = number.charAt(0) != 'C';
        Instant queuedAt = CapacityWorld.at(office, day, queued);
        Instant called = queuedAt.plusSeconds(wait);
        Optional<Instant> started = Optional.ofNullable(service).map(s -> called.plusSeconds(30));
        Optional<Instant> finished = Optional.of(started.map(s -> s.plusSeconds(service))
                .orElse(called.plusSeconds(300)));
        Optional<ConfirmationCode> appointment = walkIn ? Optional.empty()
                : Optional.of(ConfirmationCode.random(new Random(5000 + codes++)));
        Visit visit = Visit.reconstitute(office.id(), day, new DisplayNumber(number),
                walkIn ? VisitKind.WALK_IN : VisitKind.APPOINTMENT, procedure, Priority.NONE, Optional.empty(),
                appointment, appointment.map(a -> queuedAt), queuedAt, status, Optional.of(1), Optional.empty(), 1,
                Optional.of(called), started, finished, 0);
        world.visits.add(visit, visit.joined());
    }

    private void issue(OfficeId office, char letter, LocalDate day, int tokens) {
        for (int i = 0; i < tokens; i++) {
            world.tally.tryIssue(office, letter, day, 99);
        }
    }
}
