package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.fakes.InMemoryFloorStatistics;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.fakes.InMemoryWalkInTally;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.DayVisits;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.Test;

/**
 * The dashboards keep the samples of days gone by and read today's and yesterday's again; a step logged on an old
 * day (a visit ended late) makes the next read take that day again.
 */
class FloorSamplesTest {

    private static final OfficeId CDMX = DomainFixtures.cdmx().id();
    private static final ZoneId ZONE = DomainFixtures.cdmx().timeZone();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final InMemoryVisitRepository visits = new InMemoryVisitRepository();
    private final MutableClock clock = new MutableClock(TODAY.atTime(12, 0).atZone(ZONE).toInstant());
    private final List<OfficeDays> asked = new ArrayList<>();
    private final FloorStatistics counted = new Asked(new InMemoryFloorStatistics(visits, new InMemoryWalkInTally(),
            new InMemoryOfficeFloorRepository()));
    private final SettledDays<List<DayVisits>> samples = FloorSamples.over(counted, clock);
    private final List<OfficeDays> fourWeeks = List.of(new OfficeDays(CDMX, TODAY.minusDays(28), TODAY));
    private int numbers = 1;

    @Test
    void the_days_before_yesterday_are_read_once_and_today_and_yesterday_at_every_read() {
        walkIn(TODAY.minusDays(10), 600);
        walkIn(TODAY, 300);

        Map<VisitDay, List<DayVisits>> first = samples.of(fourWeeks, office -> TODAY);
        Map<VisitDay, List<DayVisits>> second = samples.of(fourWeeks, office -> TODAY);

        assertThat(asked).containsExactly(fourWeeks.get(0), new OfficeDays(CDMX, TODAY.minusDays(1), TODAY));
        assertThat(samples.kept()).isEqualTo(27);
        assertThat(second).isEqualTo(first).hasSize(29);
        assertThat(second.get(new VisitDay(CDMX, TODAY.minusDays(10)))).singleElement()
                .extracting(DayVisits::visits).isEqualTo(new VisitSample(1, 1, 0, 0, new long[] {600}, new long[0]));
        assertThat(second.get(new VisitDay(CDMX, TODAY.minusDays(11)))).as("a day without visits is kept empty")
                .isEmpty();
    }

    @Test
    void a_step_on_an_old_day_since_the_last_read_has_that_day_read_again_and_only_that_day() {
        Visit old = walkIn(TODAY.minusDays(10), 600);
        samples.of(fourWeeks, office -> TODAY);
        clock.advance(Duration.ofMinutes(1));

        // ended on the agenda ten days late, and queued again later that day: no service measured
        visits.update(old, old.finishOutsideQueue(clock.instant()).by("recepcion.uno"));
        asked.clear();
        Map<VisitDay, List<DayVisits>> after = samples.of(fourWeeks, office -> TODAY);

        assertThat(asked).containsExactly(new OfficeDays(CDMX, TODAY.minusDays(10), TODAY));
        assertThat(after.get(new VisitDay(CDMX, TODAY.minusDays(10)))).singleElement()
                .extracting(DayVisits::visits).isEqualTo(new VisitSample(1, 1, 1, 0, new long[] {600}, new long[0]));
    }

    @Test
    void a_step_logged_a_little_before_the_last_read_is_still_taken_as_a_change() {
        Visit old = walkIn(TODAY.minusDays(10), 600);
        samples.of(fourWeeks, office -> TODAY);
        // a transaction that logged its step before that read and committed after it
        visits.update(old, old.finishOutsideQueue(clock.instant().minus(SettledDays.MARGIN)).by("recepcion.uno"));
        clock.advance(Duration.ofSeconds(10));
        asked.clear();

        samples.of(fourWeeks, office -> TODAY);

        assertThat(asked).containsExactly(new OfficeDays(CDMX, TODAY.minusDays(10), TODAY));
    }

    @Test
    void days_that_become_settled_as_days_pass_are_kept_from_then_on() {
        samples.of(fourWeeks, office -> TODAY);
        LocalDate tomorrow = TODAY.plusDays(1);
        clock.advance(Duration.ofDays(1));
        asked.clear();

        samples.of(List.of(new OfficeDays(CDMX, tomorrow.minusDays(28), tomorrow)), office -> tomorrow);

        // the day that has just become the day before yesterday is read once more, and kept from then on
        assertThat(asked).containsExactly(new OfficeDays(CDMX, TODAY.minusDays(1), tomorrow));
        assertThat(samples.kept()).isEqualTo(28);
    }

    /** A walk-in of {@code day} at 09:00, called {@code wait} seconds later and still at the window. */
    private Visit walkIn(LocalDate day, int wait) {
        Instant issued = day.atTime(9, 0).atZone(ZONE).toInstant();
        Visit visit = Visit.walkIn(CDMX, day, DisplayNumber.of('A', numbers++), DomainFixtures.CANJE_RT,
                Priority.NONE, Optional.empty(), issued);
        visits.add(visit, visit.joined().by("recepcion.uno"));
        visits.update(visit, visit.call(1, issued.plusSeconds(wait)).by("ventanilla.uno"));
        return visits.find(CDMX, day, visit.number()).orElseThrow();
    }

    /** The statistics, noting the periods asked for visits. */
    private final class Asked implements FloorStatistics {

        private final FloorStatistics statistics;

        Asked(FloorStatistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public List<DayVisits> dayVisits(Collection<OfficeDays> days) {
            asked.addAll(days);
            return statistics.dayVisits(days);
        }

        @Override
        public Set<VisitDay> daysChangedSince(Instant since) {
            return statistics.daysChangedSince(since);
        }

        @Override
        public List<TokensIssued> tokensIssued(Collection<OfficeDays> days) {
            return statistics.tokensIssued(days);
        }

        @Override
        public List<PoolQuota> pools(Collection<OfficeDays> days) {
            return statistics.pools(days);
        }
    }
}
