package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Out-port: counts requests against {@link Quota quotas}, per key. Where the counts live is the adapter's: this
 * instance's memory when it runs alone, the data grid's cache when several instances share the work.
 */
public interface RateLimiter {

    /** Never refuses: for load tests ({@code CITAS_LIMITS=off}) and for tests of other things. */
    RateLimiter UNLIMITED = new RateLimiter() {
        @Override
        public Optional<Duration> tryTake(Quota quota, String key) {
            return Optional.empty();
        }

        @Override
        public void giveBack(Quota quota, String key) {
        }
    };

    /** Takes one of {@code key}'s allowance: empty when allowed, else how long until one is free again. */
    Optional<Duration> tryTake(Quota quota, String key);

    /** Returns one taken for a request that was then refused for another reason (a full slot, a wrong field). */
    void giveBack(Quota quota, String key);
}
