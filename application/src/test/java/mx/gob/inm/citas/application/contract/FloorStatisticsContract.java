package mx.gob.inm.citas.application.contract;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static mx.gob.inm.citas.domain.floor.VisitStatus.FINISHED;
import static mx.gob.inm.citas.domain.floor.VisitStatus.NO_SHOW;
import static mx.gob.inm.citas.domain.floor.VisitStatus.SERVING;
import static mx.gob.inm.citas.domain.floor.VisitStatus.WAITING;
import static mx.gob.inm.citas.domain.floor.VisitStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.DayVisits;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.PoolQuota;
import mx.gob.inm.citas.application.port.out.FloorStatistics.TokensIssued;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link FloorStatistics} must have; run against the fake and the real adapter.
 *
 * <p>The visits every test starts from (times UTC, whole seconds; wait = first call − queued, service = finished −
 * started). Mexico City's Tuesday 1 December, Wednesday 2 December and Monday 30 November; Tijuana's Tuesday and
 * Wednesday. The period asked is Mexico City's Tuesday to Wednesday and Tijuana's Tuesday only.
 * <pre>
 *  #  office  day  number kind        procedure status     wait    service
 *  1  cdmx    Tue  A-001  walk-in     CANJE     FINISHED     300      600
 *  2  cdmx    Tue  A-002  walk-in     CANJE     NO_SHOW    1,200       —
 *  3  cdmx    Tue  C-001  appointment RENOV     FINISHED     600    1,800
 *  4  cdmx    Tue  C-002  appointment RENOV     SERVING    2,400       —  (not finished yet)
 *  5  cdmx    Tue  A-003  walk-in     CANJE     WAITING       —        —  (not called yet)
 *  6  cdmx    Tue  C-003  appointment CANJE     WITHDRAWN     —        —  (a check-in undone: no visit)
 *  7  cdmx    Tue  C-004  appointment CANJE     FINISHED      60       —  (marked attended on the agenda)
 *  8  cdmx    Wed  A-001  walk-in     CANJE     FINISHED   3,600      300
 *  9  cdmx    Mon  A-001  walk-in     CANJE     FINISHED   7,200      900  (before the period)
 * 10  tijuana Tue  A-001  walk-in     CANJE     FINISHED   1,800      600
 * 11  tijuana Wed  A-001  walk-in     CANJE     WAITING       —        —  (after Tijuana's period)
 * </pre>
 * Walk-in tokens given: Mexico City's pool A 2 on Monday, 3 on Tuesday, 1 on Wednesday, its former pool B 1 on
 * Tuesday; Tijuana's A 1 on Tuesday and 1 on Wednesday. Pools now: Mexico City A (CANJE) 40 a day, Tuesday 10,
 * Thursday 5; R (RENOV) 20 a day; Tijuana A (CANJE and RENOV) 15 a day.
 */
public abstract class FloorStatisticsContract extends RepositoryContract {

    protected static final OfficeId CDMX = DomainFixtures.cdmx().id();
    protected static final OfficeId TIJUANA = DomainFixtures.tijuana().id();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final List<OfficeDays> PERIOD = List.of(new OfficeDays(CDMX, TUESDAY, WEDNESDAY),
            new OfficeDays(TIJUANA, TUESDAY, TUESDAY));

    protected abstract FloorStatistics statistics();

    protected abstract VisitRepository visits();

    protected abstract WalkInTally tally();

    protected abstract OfficeFloorRepository floors();

    protected abstract OfficeRepository offices();

    private int codes = 1;

    @BeforeEach
    void the_offices_have_a_floor_with_visits_in_every_state_and_tokens_given() {
        inTransaction(() -> {
            offices().save(DomainFixtures.cdmx());
            offices().save(DomainFixtures.tijuana());
        });
        OfficeFloor cdmx = OfficeFloor.create(CDMX);
        cdmx.offerWalkIns(List.of(new WalkInPool('A', Set.of(CANJE_RT), 40), new WalkInPool('R', Set.of(RENOV_RT),
                20)));
        cdmx.setDayTokens(TUESDAY, 'A', Optional.of(10));
        cdmx.setDayTokens(THURSDAY, 'A', Optional.of(5));
        OfficeFloor tijuana = OfficeFloor.create(TIJUANA);
        tijuana.offerWalkIns(List.of(new WalkInPool('A', Set.of(CANJE_RT, RENOV_RT), 15)));
        inTransaction(() -> {
            floors().save(cdmx);
            floors().save(tijuana);
        });
        add(CDMX, TUESDAY, "A-001", CANJE_RT, FINISHED, "15:00:00", 300, 600);
        add(CDMX, TUESDAY, "A-002", CANJE_RT, NO_SHOW, "15:01:00", 1200, null);
        add(CDMX, TUESDAY, "C-001", RENOV_RT, FINISHED, "15:02:00", 600, 1800);
        add(CDMX, TUESDAY, "C-002", RENOV_RT, SERVING, "15:03:00", 2400, null);
        add(CDMX, TUESDAY, "A-003", CANJE_RT, WAITING, "15:10:00", null, null);
        add(CDMX, TUESDAY, "C-003", CANJE_RT, WITHDRAWN, "15:20:00", null, null);
        add(CDMX, TUESDAY, "C-004", CANJE_RT, FINISHED, "15:30:00", 60, null);
        add(CDMX, WEDNESDAY, "A-001", CANJE_RT, FINISHED, "15:00:00", 3600, 300);
        add(CDMX, MONDAY, "A-001", CANJE_RT, FINISHED, "15:00:00", 7200, 900);
        add(TIJUANA, TUESDAY, "A-001", CANJE_RT, FINISHED, "17:00:00", 1800, 600);
        add(TIJUANA, WEDNESDAY, "A-001", CANJE_RT, WAITING, "17:00:00", null, null);
        issue(CDMX, 'A', MONDAY, 2);
        issue(CDMX, 'A', TUESDAY, 3);
        issue(CDMX, 'A', WEDNESDAY, 1);
        issue(CDMX, 'B', TUESDAY, 1);
        issue(TIJUANA, 'A', TUESDAY, 1);
        issue(TIJUANA, 'A', WEDNESDAY, 1);
    }

    @Test
    void each_office_day_and_procedure_has_its_sample_of_the_visits_as_measured() {
        List<DayVisits> samples = inTransaction(() -> statistics().dayVisits(PERIOD));

        // #6 withdrawn, #9 and #11 outside their office's days; waits and services in seconds
        assertThat(samples).containsExactlyInAnyOrder(
                new DayVisits(new VisitDay(CDMX, TUESDAY), CANJE_RT,   // #1, #2, #5, #7
                        new VisitSample(4, 3, 2, 1, new long[] {300, 1200, 60}, new long[] {600})),
                new DayVisits(new VisitDay(CDMX, TUESDAY), RENOV_RT,   // #3, #4
                        new VisitSample(2, 0, 1, 0, new long[] {600, 2400}, new long[] {1800})),
                new DayVisits(new VisitDay(CDMX, WEDNESDAY), CANJE_RT, // #8
                        new VisitSample(1, 1, 1, 0, new long[] {3600}, new long[] {300})),
                new DayVisits(new VisitDay(TIJUANA, TUESDAY), CANJE_RT, // #10
                        new VisitSample(1, 1, 1, 0, new long[] {1800}, new long[] {600})));
    }

    @Test
    void the_samples_add_up_to_the_period_s_figures_taken_over_every_visit_of_the_country() {
        FloorVisits all = figures(PERIOD, v -> true);

        // #1-#5, #7, #8, #10: #6 withdrawn, #9 and #11 outside their office's days
        assertThat(all.visits()).isEqualTo(8);
        assertThat(all.walkIns()).isEqualTo(5);                // #1, #2, #5, #8, #10
        assertThat(all.served()).isEqualTo(5);                 // #1, #3, #7, #8, #10
        assertThat(all.noShows()).isEqualTo(1);                // #2
        // waits 60, 300, 600, 1,200, 1,800, 2,400, 3,600: the 4th; p90 at 5.4, 40 % of the way from 2,400 to 3,600
        assertThat(all.waiting()).isEqualTo(seconds(7, 1200, 2880, 1423)); // 9,960 / 7 = 1,422.9
        // services 300, 600, 600, 1,800: p50 at 1.5; p90 at 2.7, 70 % of the way from 600 to 1,800
        assertThat(all.service()).isEqualTo(seconds(4, 600, 1440, 825));
    }

    @Test
    void each_office_has_its_own_figures_over_its_own_days() {
        FloorVisits cdmx = figures(PERIOD, v -> v.day().office().equals(CDMX));

        assertThat(List.of(cdmx.visits(), cdmx.walkIns(), cdmx.served(), cdmx.noShows())).containsExactly(7L, 4L, 4L,
                1L);
        // waits 60, 300, 600, 1,200, 2,400, 3,600: p50 at 2.5 (900), p90 at 4.5 (3,000); 8,160 / 6
        assertThat(cdmx.waiting()).isEqualTo(seconds(6, 900, 3000, 1360));
        // services 300, 600, 1,800: p90 at 1.8, 80 % of the way from 600 to 1,800
        assertThat(cdmx.service()).isEqualTo(seconds(3, 600, 1560, 900));
        assertThat(figures(PERIOD, v -> v.day().office().equals(TIJUANA))).isEqualTo(new FloorVisits(1, 1, 1, 0,
                seconds(1, 1800, 1800, 1800), seconds(1, 600, 600, 600)));
        // the country's median (1,200) is neither office's (900, 1,800) nor their average
    }

    @Test
    void a_visit_counts_for_the_procedure_it_has_now() {
        // waits 60, 300, 1,200, 1,800, 3,600: p90 at 3.6; services 300, 600, 600
        assertThat(figures(PERIOD, v -> v.procedure().equals(CANJE_RT))).isEqualTo(new FloorVisits(6, 5, 4, 1,
                seconds(5, 1200, 2880, 1392), seconds(3, 600, 600, 500)));
        // waits 600 and 2,400: p90 at 0.9 of the way; one service of 1,800
        assertThat(figures(PERIOD, v -> v.procedure().equals(RENOV_RT))).isEqualTo(new FloorVisits(2, 0, 1, 0,
                seconds(2, 1500, 2220, 1500), seconds(1, 1800, 1800, 1800)));
    }

    @Test
    void days_without_a_measured_duration_have_no_figure_and_no_days_no_visits() {
        // Tijuana's Wednesday: #11 waits still
        FloorVisits waiting = figures(List.of(new OfficeDays(TIJUANA, WEDNESDAY, WEDNESDAY)), v -> true);

        assertThat(waiting).isEqualTo(new FloorVisits(1, 1, 0, 0, DurationFigures.NONE, DurationFigures.NONE));
        assertThat(inTransaction(() -> statistics().dayVisits(List.of(new OfficeDays(CDMX, THURSDAY, THURSDAY)))))
                .isEmpty();
        assertThat(inTransaction(() -> statistics().dayVisits(List.of()))).isEmpty();
        assertThat(inTransaction(() -> statistics().tokensIssued(List.of()))).isEmpty();
        assertThat(inTransaction(() -> statistics().pools(List.of()))).isEmpty();
    }

    @Test
    void the_log_says_which_office_days_had_a_step_at_or_after_a_moment() {
        // the visits were stored with the step that queued them: CDMX's Wednesday at 15:00, Tijuana's at 17:00 UTC
        Instant wednesday = Instant.parse("2026-12-02T15:00:00Z");

        assertThat(inTransaction(() -> statistics().daysChangedSince(wednesday))).containsExactlyInAnyOrder(
                new VisitDay(CDMX, WEDNESDAY), new VisitDay(TIJUANA, WEDNESDAY));
        assertThat(inTransaction(() -> statistics().daysChangedSince(wednesday.plusSeconds(1))))
                .containsExactly(new VisitDay(TIJUANA, WEDNESDAY));
        assertThat(inTransaction(() -> statistics().daysChangedSince(wednesday.plusSeconds(7201)))).isEmpty();
    }

    @Test
    void the_tokens_each_pool_gave_are_read_per_day_of_each_office_s_period_also_of_a_pool_taken_away() {
        // in order of the offices' ids: bc-tijuana, then cdmx-ciudad-de-mexico
        assertThat(inTransaction(() -> statistics().tokensIssued(PERIOD))).containsExactly(
                new TokensIssued(TIJUANA, 'A', TUESDAY, 1),
                new TokensIssued(CDMX, 'A', TUESDAY, 3),
                new TokensIssued(CDMX, 'A', WEDNESDAY, 1),
                new TokensIssued(CDMX, 'B', TUESDAY, 1));
    }

    @Test
    void the_pools_are_read_as_they_are_now_with_their_own_days_inside_the_period() {
        assertThat(inTransaction(() -> statistics().pools(PERIOD))).containsExactly(
                new PoolQuota(TIJUANA, 'A', Set.of(CANJE_RT, RENOV_RT), 15, Map.of()),
                new PoolQuota(CDMX, 'A', Set.of(CANJE_RT), 40, Map.of(TUESDAY, 10)),
                new PoolQuota(CDMX, 'R', Set.of(RENOV_RT), 20, Map.of()));
    }

    /** The figures of the samples of {@code days} that {@code which} keeps, added up. */
    private FloorVisits figures(List<OfficeDays> days, Predicate<DayVisits> which) {
        return VisitSample.combine(inTransaction(() -> statistics().dayVisits(days)).stream().filter(which)
                .map(DayVisits::visits).toList()).figures();
    }

    private static DurationFigures seconds(long measured, long median, long p90, long mean) {
        return new DurationFigures(measured, Optional.of(Duration.ofSeconds(median)),
                Optional.of(Duration.ofSeconds(p90)), Optional.of(Duration.ofSeconds(mean)));
    }

    /**
     * A visit as stored after its steps: queued at {@code queued} (UTC time of {@code day}), first called
     * {@code wait} seconds later at window 1, served for {@code service} seconds from a minute after the call.
     */
    private void add(OfficeId office, LocalDate day, String number, ProcedureCode procedure, VisitStatus status,
            String queued, Integer wait, Integer service) {
        DisplayNumber display = new DisplayNumber(number);
        boolean walkIn = display.value().charAt(0) != 'C';
        Instant queuedAt = Instant.parse(day + "T" + queued + "Z");
        Optional<Instant> called = Optional.ofNullable(wait).map(w -> queuedAt.plusSeconds(w));
        Optional<Instant> started = Optional.ofNullable(service).flatMap(s -> called.map(c -> c.plusSeconds(60)))
                .or(() -> status == SERVING ? called.map(c -> c.plusSeconds(120)) : Optional.empty());
        Optional<Instant> finished = Optional.ofNullable(service).flatMap(s -> started.map(t -> t.plusSeconds(s)))
                .or(() -> status == FINISHED || status == NO_SHOW ? called.map(c -> c.plusSeconds(240))
                        : Optional.empty());
        Optional<Integer> window = status == WAITING || status == WITHDRAWN ? Optional.empty() : Optional.of(1);
        Optional<ConfirmationCode> appointment = walkIn ? Optional.empty()
                : Optional.of(ConfirmationCode.random(new Random(7000 + codes++)));
        Visit visit = Visit.reconstitute(office, day, display, walkIn ? VisitKind.WALK_IN : VisitKind.APPOINTMENT,
                procedure, Priority.NONE, Optional.empty(), appointment,
                appointment.map(a -> queuedAt.plusSeconds(600)), queuedAt, status, window, Optional.empty(),
                called.isPresent() ? 1 : 0, called, started, finished, 0);
        inTransaction(() -> visits().add(visit, visit.joined().by("recepcion.uno")));
    }

    private void issue(OfficeId office, char letter, LocalDate day, int tokens) {
        for (int i = 0; i < tokens; i++) {
            inTransaction(() -> tally().tryIssue(office, letter, day, 99));
        }
    }
}
