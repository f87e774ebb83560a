package mx.gob.inm.citas.adapters.web.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.inm.citas.application.port.out.Quota;
import mx.gob.inm.citas.application.port.out.RateLimiter;

/**
 * Adapter: quotas counted by Bucket4j token buckets (greedy refill: a quota of 10 per hour gives one back every six
 * minutes) in this instance's memory. Buckets that have filled up again are dropped, so the memory held is that of
 * the clients active within a period. Chosen at wiring when the instance runs alone; a cluster counts on the data
 * grid instead.
 */
@Vetoed
public class Bucket4jRateLimiter implements RateLimiter {

    /** Above this many buckets, full ones are swept out (at most once a minute). */
    private static final int SWEEP_ABOVE = 10_000;
    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final AtomicLong lastSweep;

    private record Entry(Quota quota, Bucket bucket) {
    }

    public Bucket4jRateLimiter() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the time that refills the buckets and spaces the sweeps (tests pass one they can move). */
    Bucket4jRateLimiter(TimeMeter time) {
        this.time = time;
        this.lastSweep = new AtomicLong(time.currentTimeNanos());
    }

    @Override
    public Optional<Duration> tryTake(Quota quota, String key) {
        sweepIfCrowded();
        ConsumptionProbe probe = bucket(quota, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void giveBack(Quota quota, String key) {
        Entry entry = buckets.get(id(quota, key));
        if (entry != null) {
            entry.bucket().addTokens(1);
        }
    }

    /** How many buckets are held now (for tests of the sweep). */
    int size() {
        return buckets.size();
    }

    private Bucket bucket(Quota quota, String key) {
        return buckets.computeIfAbsent(id(quota, key), id -> new Entry(quota, Bucket.builder()
                .addLimit(limit -> limit.capacity(quota.allowance()).refillGreedy(quota.allowance(), quota.per()))
                .withCustomTimePrecision(time).build())).bucket();
    }

    private void sweepIfCrowded() {
        long now = time.currentTimeNanos();
        long last = lastSweep.get();
        if (buckets.size() > SWEEP_ABOVE && now - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.quota().allowance());
        }
    }

    private static String id(Quota quota, String key) {
        return quota.name() + '\u0000' + key;
    }
}
