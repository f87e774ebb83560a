package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many instances record the same office-day at the same moment, each in its own transaction and database connection
 * on the real database engine: the primary key lets exactly one set of snapshots in and refuses every other whole.
 */
class SnapshotRaceTest {

    private static final int INSTANCES = 16;
    private static final String RECORDED = "RECORDED";
    private static final OfficeId CDMX = DomainFixtures.cdmx().id();
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);

    @BeforeEach
    void an_office_with_three_procedures() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(DomainFixtures.cdmx());
            JpaProcedureRepository procedures = new JpaProcedureRepository(db.em());
            procedures.save(DomainFixtures.exchangeOfVisa());
            procedures.save(DomainFixtures.renewal());
            procedures.save(DomainFixtures.inPersonOnly());
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_sixteen_instances_recording_one_office_day_at_once_exactly_one_stores_its_snapshots() throws Exception {
        // each instance's figures differ (bookings = its number), and half of them list the procedures backwards and
        // leave one out, so the rows stored tell whose they are and whether any loser's slipped in
        List<String> outcomes = race(i -> {
            List<ProcedureCode> procedures = i % 2 == 0
                    ? List.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT, DomainFixtures.REGULARIZ_VENCIDO)
                    : List.of(DomainFixtures.RENOV_RT, DomainFixtures.REGULARIZ_VENCIDO);
            return procedures.stream().map(p -> snapshot(p, i)).toList();
        });

        assertThat(outcomes).as(outcomes.toString())
                .containsOnly(RECORDED, EditConflictException.class.getSimpleName());
        assertThat(outcomes.stream().filter(RECORDED::equals)).as(outcomes.toString()).hasSize(1);
        int winner = outcomes.indexOf(RECORDED);
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot")).isEqualTo(winner % 2 == 0 ? 3 : 2);
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot WHERE bookings = " + winner))
                .isEqualTo(db.count("SELECT COUNT(*) FROM capacity_snapshot"));
        assertThat(db.inTransaction(() -> new JpaCapacitySnapshots(db.em()).hasDay(CDMX, SATURDAY))).isTrue();
    }

    private static CapacitySnapshot snapshot(ProcedureCode procedure, int instance) {
        return new CapacitySnapshot(CDMX, procedure, SATURDAY, Instant.parse("2026-11-29T07:05:00Z"),
                Optional.of(new CapacitySnapshot.Measured(100, 10, Optional.of(SATURDAY.plusDays(3)))), instance, 0);
    }

    private interface Snapshots {
        List<CapacitySnapshot> of(int instance);
    }

    /** Starts one instance's recording per thread at the same moment; how each one's transaction ended, in order. */
    private List<String> race(Snapshots snapshots) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            List<CapacitySnapshot> mine = snapshots.of(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    db.inTransaction(() -> {
                        new JpaCapacitySnapshots(db.em()).record(mine);
                        return null;
                    });
                    return RECORDED;
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
