package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.inm.citas.application.port.in.RecordCapacitySnapshotsUseCase;
import mx.gob.inm.citas.application.service.RecordCapacitySnapshotsService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly job as several instances run it: the real service on the real database engine, each "instance" in its
 * own thread, transaction and connection, all starting at the same moment. Each office-day is recorded once, by one
 * instance; a day missed is filled in by the next run.
 */
class CapacitySnapshotJobRaceTest {

    private static final int INSTANCES = 6;
    /** Tuesday 1 December 2026, 01:30 in Mexico City (Monday 23:30 in Tijuana, 02:30 on Tuesday in Cancún). */
    private static final Instant NIGHT = Instant.parse("2026-12-01T07:30:00Z");

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);

    @BeforeEach
    void three_offices_with_a_week_and_two_procedures() {
        db.inTransaction(() -> {
            JpaOfficeRepository offices = new JpaOfficeRepository(db.em());
            JpaProcedureRepository procedures = new JpaProcedureRepository(db.em());
            JpaScheduleRepository schedules = new JpaScheduleRepository(db.em());
            procedures.save(DomainFixtures.exchangeOfVisa());
            procedures.save(DomainFixtures.renewal());
            for (var office : List.of(DomainFixtures.cdmx(), DomainFixtures.tijuana(), DomainFixtures.cancun())) {
                offices.save(office);
                schedules.save(DomainFixtures.weekdays(office, 3, DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT));
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_instances_racing_for_the_night_one_records_each_office_day_and_the_others_nothing() throws Exception {
        List<Integer> recorded = race(NIGHT);

        // Mexico City's Monday, Tijuana's Sunday, Cancún's Monday: three office-days, by one instance
        assertThat(recorded.stream().mapToInt(Integer::intValue).sum()).as(recorded.toString()).isEqualTo(3);
        assertThat(recorded.stream().filter(n -> n > 0)).as(recorded.toString()).hasSize(1);
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot")).isEqualTo(6);
        assertThat(db.count("SELECT COUNT(DISTINCT taken_at) FROM capacity_snapshot")).isEqualTo(1);
    }

    @Test
    void the_nights_no_instance_ran_are_filled_in_by_the_next_run_once() throws Exception {
        race(NIGHT);

        // two nights later, with the lease long run out
        List<Integer> recorded = race(NIGHT.plus(Duration.ofDays(2)));

        // each office: the two days since its last one
        assertThat(recorded.stream().mapToInt(Integer::intValue).sum()).as(recorded.toString()).isEqualTo(6);
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot")).isEqualTo(18);
        // measured: only a day recorded in the night right after it (before 06:00 at the office): in Mexico City and
        // Cancún the latest day of each run; in Tijuana (23:30 at each run) none. 5 office-days of 9 x 2 procedures
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot WHERE measured = 0")).isEqualTo(10);
    }

    private RecordCapacitySnapshotsUseCase service(Clock clock) {
        return new RecordCapacitySnapshotsService(new JpaOfficeRepository(db.em()), new JpaProcedureRepository(db.em()),
                new JpaScheduleRepository(db.em()), new JpaClosureRepository(db.em()),
                new JpaSlotLedger(db.em(), db.dataSource()), new JpaCapacityStatistics(db.em()),
                new JpaCapacitySnapshots(db.em()), new JpaJobLeases(db.em(), db.dataSource()),
                new BookingWindow(Duration.ofHours(2), 90), new JpaAuditLog(db.em()), clock);
    }

    /** Every instance runs the job once at {@code now}; how many office-days each recorded, in order. */
    private List<Integer> race(Instant now) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String instance = "instance-" + i + "-" + now;
            results.add(threads.submit(() -> {
                start.await();
                // as Housekeeping runs it: the days due in one transaction, then each day in its own
                List<RecordCapacitySnapshotsUseCase.OfficeDay> due = db.inTransaction(
                        () -> service(clock).due(instance));
                int recorded = 0;
                for (RecordCapacitySnapshotsUseCase.OfficeDay day : due) {
                    recorded += db.inTransaction(() -> service(clock).record(instance, day)) ? 1 : 0;
                }
                return recorded;
            }));
        }
        start.countDown();
        List<Integer> recorded = new ArrayList<>();
        for (Future<Integer> result : results) {
            recorded.add(result.get(60, TimeUnit.SECONDS));
        }
        return recorded;
    }
}
