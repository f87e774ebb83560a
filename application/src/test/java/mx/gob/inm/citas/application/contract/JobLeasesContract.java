package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mx.gob.inm.citas.application.port.out.JobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link JobLeases} must have; run against the fake and the real adapter. */
public abstract class JobLeasesContract extends RepositoryContract {

    private static final String JOB = "anonymise-personal-data";
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    protected abstract JobLeases leases();

    /** Another instance, with its own transaction, asking at the same time as the test's. */
    private final ExecutorService otherInstance = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        otherInstance.shutdownNow();
    }

    private boolean acquire(String holder, Instant at) {
        return inTransaction(() -> leases().tryAcquire(JOB, holder, at, HOUR));
    }

    @Test
    void the_first_holder_takes_a_free_lease_and_a_second_is_refused_while_it_lasts() {
        assertThat(acquire("instance-a", NOW)).isTrue();

        assertThat(acquire("instance-b", NOW)).isFalse();
        assertThat(acquire("instance-b", NOW.plus(HOUR).minusSeconds(1))).isFalse();
    }

    @Test
    void once_the_lease_has_run_out_another_holder_takes_it_over_and_the_first_no_longer_holds_it() {
        acquire("instance-a", NOW);

        assertThat(acquire("instance-b", NOW.plus(HOUR))).as("at the end of the lease").isTrue();
        assertThat(acquire("instance-a", NOW.plus(HOUR).plusSeconds(1))).isFalse();
    }

    @Test
    void the_holder_renews_its_own_lease_which_then_lasts_from_the_renewal() {
        acquire("instance-a", NOW);
        Instant renewed = NOW.plus(Duration.ofMinutes(50));

        assertThat(acquire("instance-a", renewed)).isTrue();

        assertThat(acquire("instance-b", NOW.plus(HOUR).plusSeconds(1))).as("the first lease would be over").isFalse();
        assertThat(acquire("instance-b", renewed.plus(HOUR))).isTrue();
    }

    @Test
    void each_job_has_its_own_lease() {
        acquire("instance-a", NOW);

        assertThat(inTransaction(() -> leases().tryAcquire("queue-reminders", "instance-b", NOW, HOUR))).isTrue();
        assertThat(acquire("instance-b", NOW)).isFalse();
    }

    @Test
    void of_two_instances_asking_for_a_lease_no_one_held_at_the_same_moment_only_the_first_gets_it()
            throws Exception {
        Future<Boolean> second = inTransaction(() -> {
            assertThat(leases().tryAcquire(JOB, "instance-a", NOW, HOUR)).isTrue();
            Future<Boolean> racing = otherInstance.submit(() -> inTransaction(
                    () -> leases().tryAcquire(JOB, "instance-b", NOW, HOUR)));
            // A real database makes the second ask wait for this transaction: let it get there first.
            awaitBriefly(racing);
            return racing;
        });

        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(acquire("instance-a", NOW.plusSeconds(1))).as("still the first's").isTrue();
    }

    private static void awaitBriefly(Future<?> work) {
        try {
            work.get(300, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillWaitingOrRefused) {
            // either is fine here: the caller looks at the outcome once this transaction has ended
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
