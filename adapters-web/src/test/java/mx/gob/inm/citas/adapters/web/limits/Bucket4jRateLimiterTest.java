package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.inm.citas.application.port.out.Quota;
import org.junit.jupiter.api.Test;

/**
 * Quotas as a client meets them on one instance: so many per period and then a stated wait, one given back when a
 * request was refused for another reason, each client and each kind of request on its own count, exact under a
 * burst, and memory that does not grow with every address ever seen. Time is a meter the test moves.
 */
class Bucket4jRateLimiterTest {

    private static final Quota THREE_AN_HOUR = new Quota("holds-per-client", 3, Duration.ofHours(1));
    private static final Quota LOOKUPS = new Quota("lookups-per-client", 3, Duration.ofHours(1));

    /** A clock that stands still until the test moves it. */
    private static final class Ticker implements TimeMeter {

        private final AtomicLong nanos = new AtomicLong(Duration.ofDays(400).toNanos());

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    private final Ticker ticker = new Ticker();
    private final Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(ticker);

    private int allowedOf(int attempts, Quota quota, String key) {
        int allowed = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.tryTake(quota, key).isEmpty()) {
                allowed++;
            }
        }
        return allowed;
    }

    @Test
    void a_quota_of_three_an_hour_allows_three_then_refuses_saying_how_long_to_wait() {
        assertThat(allowedOf(3, THREE_AN_HOUR, "203.0.113.0/24")).isEqualTo(3);

        Optional<Duration> wait = limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24");

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void after_the_wait_it_named_one_more_request_is_allowed_and_not_before() {
        allowedOf(3, THREE_AN_HOUR, "203.0.113.0/24");
        Duration wait = limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24").orElseThrow();

        ticker.advance(wait.minusMillis(1));
        assertThat(limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24")).isPresent();

        ticker.advance(Duration.ofMillis(1));
        assertThat(limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24")).isEmpty();
        assertThat(limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24")).isPresent();
    }

    @Test
    void a_request_given_back_can_be_made_again() {
        allowedOf(3, THREE_AN_HOUR, "203.0.113.0/24");

        limiter.giveBack(THREE_AN_HOUR, "203.0.113.0/24");

        assertThat(allowedOf(2, THREE_AN_HOUR, "203.0.113.0/24")).isEqualTo(1);
    }

    @Test
    void giving_back_more_than_was_taken_never_raises_the_allowance_above_the_quota() {
        limiter.tryTake(THREE_AN_HOUR, "203.0.113.0/24");
        limiter.giveBack(THREE_AN_HOUR, "203.0.113.0/24");
        limiter.giveBack(THREE_AN_HOUR, "203.0.113.0/24");
        limiter.giveBack(THREE_AN_HOUR, "198.51.100.0/24");

        assertThat(allowedOf(5, THREE_AN_HOUR, "203.0.113.0/24")).isEqualTo(3);
        assertThat(allowedOf(5, THREE_AN_HOUR, "198.51.100.0/24")).isEqualTo(3);
    }

    @Test
    void one_client_using_up_its_quota_leaves_another_clients_untouched() {
        allowedOf(5, THREE_AN_HOUR, "203.0.113.0/24");

        assertThat(allowedOf(5, THREE_AN_HOUR, "203.0.114.0/24")).isEqualTo(3);
    }

    @Test
    void using_up_one_kind_of_request_leaves_the_clients_other_quotas_untouched() {
        allowedOf(5, THREE_AN_HOUR, "203.0.113.0/24");

        assertThat(allowedOf(5, LOOKUPS, "203.0.113.0/24")).isEqualTo(3);
    }

    @Test
    void many_requests_from_one_client_at_the_same_instant_get_exactly_the_quota() throws Exception {
        Quota fifty = new Quota("holds-per-client", 50, Duration.ofHours(1));
        int threads = 16;
        int attemptsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> allowed = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                allowed.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return allowedOf(attemptsEach, fifty, "203.0.113.0/24");
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            int total = 0;
            for (Future<Integer> each : allowed) {
                total += each.get(30, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(50);
            assertThat(limiter.tryTake(fifty, "203.0.113.0/24")).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void once_more_than_ten_thousand_clients_are_held_those_whose_quota_has_refilled_are_let_go() {
        Quota onePerMinute = new Quota("challenges-per-client", 1, Duration.ofMinutes(1));
        for (int i = 0; i < 10_001; i++) {
            limiter.tryTake(onePerMinute, "client-" + i);
        }
        assertThat(limiter.size()).isEqualTo(10_001);

        ticker.advance(Duration.ofSeconds(61));
        limiter.tryTake(onePerMinute, "newcomer");

        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void a_sweep_forgives_no_client_whose_period_is_still_running() {
        Quota onePerMinute = new Quota("challenges-per-client", 1, Duration.ofMinutes(1));
        for (int i = 0; i < 10_001; i++) {
            limiter.tryTake(onePerMinute, "client-" + i);
        }
        ticker.advance(Duration.ofSeconds(50));
        assertThat(limiter.tryTake(onePerMinute, "recent")).isEmpty();

        ticker.advance(Duration.ofSeconds(11));
        limiter.tryTake(onePerMinute, "newcomer");

        assertThat(limiter.size()).isEqualTo(2);
        assertThat(limiter.tryTake(onePerMinute, "recent")).isPresent();
    }

    @Test
    void ten_thousand_clients_or_fewer_are_all_kept() {
        Quota onePerMinute = new Quota("challenges-per-client", 1, Duration.ofMinutes(1));
        for (int i = 0; i < 10_000; i++) {
            limiter.tryTake(onePerMinute, "client-" + i);
        }

        ticker.advance(Duration.ofMinutes(5));
        limiter.tryTake(onePerMinute, "newcomer");

        assertThat(limiter.size()).isEqualTo(10_001);
    }
}
