package mx.gob.inm.citas.adapters.web.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import jakarta.enterprise.inject.Vetoed;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import mx.gob.inm.citas.application.port.out.Quota;
import mx.gob.inm.citas.application.port.out.RateLimiter;

/**
 * Adapter: quotas counted by Bucket4j token buckets kept in a JCache, the Payara Data Grid's when instances are
 * clustered, so that a client's requests count against one allowance whichever instance serves them. Each take is
 * one entry processor run where the bucket's entry lives (atomic across instances). A bucket not written for the
 * longest quota's period is full again by then, and the cache lets it expire.
 */
@Vetoed
public class JCacheRateLimiter implements RateLimiter {

    /** The cache's name on the grid: every instance counts in the same one. */
    public static final String CACHE = "citas-rate-limits";

    private final ProxyManager<String> buckets;

    public JCacheRateLimiter(Cache<String, byte[]> cache) {
        this.buckets = Bucket4jJCache.entryProcessorBasedBuilder(cache).build();
    }

    /**
     * The limiter on {@code manager}'s cache {@value #CACHE}, created by the first instance that asks; a bucket
     * unwritten for {@code longestPeriod} is dropped.
     */
    public static JCacheRateLimiter on(CacheManager manager, Duration longestPeriod) {
        Cache<String, byte[]> cache = manager.getCache(CACHE, String.class, byte[].class);
        if (cache == null) {
            MutableConfiguration<String, byte[]> configuration = new MutableConfiguration<String, byte[]>()
                    .setTypes(String.class, byte[].class)
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
                            TimeUnit.SECONDS, Math.max(1, longestPeriod.toSeconds()))));
            try {
                cache = manager.createCache(CACHE, configuration);
            } catch (CacheException createdMeanwhile) {
                // another instance created it first
                cache = manager.getCache(CACHE, String.class, byte[].class);
            }
        }
        return new JCacheRateLimiter(cache);
    }

    @Override
    public Optional<Duration> tryTake(Quota quota, String key) {
        ConsumptionProbe probe = buckets.builder().build(id(quota, key), () -> configuration(quota))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void giveBack(Quota quota, String key) {
        // a bucket never taken from is full: adding to it changes nothing (a bucket holds at most its capacity)
        buckets.builder().build(id(quota, key), () -> configuration(quota)).addTokens(1);
    }

    private static BucketConfiguration configuration(Quota quota) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(quota.allowance()).refillGreedy(quota.allowance(), quota.per()))
                .build();
    }

    private static String id(Quota quota, String key) {
        return quota.name() + '\u0000' + key;
    }
}
