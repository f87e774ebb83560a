package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.inm.citas.application.port.out.SpentChallenges;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SpentChallenges} must have; run against the fake and the real adapter. */
public abstract class SpentChallengesContract {

    private static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");

    protected abstract SpentChallenges spent();

    @Test
    void a_challenge_is_spent_once() {
        String challenge = "a".repeat(64);
        assertThat(spent().spend(challenge, NOW.plusSeconds(600))).isTrue();
        assertThat(spent().spend(challenge, NOW.plusSeconds(600))).as("a replay").isFalse();
        assertThat(spent().spend("b".repeat(64), NOW.plusSeconds(600))).isTrue();
    }

    @Test
    void of_many_at_the_same_moment_exactly_one_spends_it() throws Exception {
        String challenge = "c".repeat(64);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Boolean> attempt = () -> {
                go.await();
                return spent().spend(challenge, NOW.plusSeconds(600));
            };
            tries.add(threads.submit(attempt));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> attempt : tries) {
            won += attempt.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(won).isEqualTo(1);
    }

    @Test
    void expired_records_are_forgotten_and_live_ones_kept() {
        spent().spend("d".repeat(64), NOW.minus(Duration.ofMinutes(1)));
        spent().spend("e".repeat(64), NOW.plus(Duration.ofMinutes(9)));

        assertThat(spent().forgetExpired(NOW)).isEqualTo(1);
        assertThat(spent().spend("e".repeat(64), NOW.plus(Duration.ofMinutes(9)))).isFalse();
    }
}
