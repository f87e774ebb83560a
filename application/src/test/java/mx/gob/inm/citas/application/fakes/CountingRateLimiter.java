package mx.gob.inm.citas.application.fakes;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.Quota;
import mx.gob.inm.citas.application.port.out.Quotas;
import mx.gob.inm.citas.application.port.out.RateLimiter;

/** Fake of {@link RateLimiter}: counts per quota and key, and never refills (a test lasts less than a period). */
public class CountingRateLimiter implements RateLimiter {

    private final Map<String, Integer> taken = new HashMap<>();

    /** The defaults the application ships with. */
    public static Quotas defaultQuotas() {
        return new Quotas(Quota.parse("holds-per-client", "10/1h"), Quota.parse("holds-per-network", "30/1h"),
                Quota.parse("holds-per-email", "3/1d"),
                Quota.parse("holds-per-passport", "3/1d"), Quota.parse("verifications-per-client", "30/1h"),
                Quota.parse("lookups-per-client", "30/1h"), Quota.parse("resends-per-client", "10/1h"),
                Quota.parse("challenges-per-client", "60/1h"), Quota.parse("sign-ins-per-client", "20/15m"),
                Quota.parse("sign-ins-per-username", "10/15m"),
                Quota.parse("sign-ins-per-account", "100/15m"));
    }

    @Override
    public synchronized Optional<Duration> tryTake(Quota quota, String key) {
        String id = quota.name() + "|" + key;
        int used = taken.getOrDefault(id, 0);
        if (used >= quota.allowance()) {
            return Optional.of(quota.per());
        }
        taken.put(id, used + 1);
        return Optional.empty();
    }

    @Override
    public synchronized void giveBack(Quota quota, String key) {
        taken.computeIfPresent(quota.name() + "|" + key, (id, used) -> used > 1 ? used - 1 : null);
    }

    /** How many of {@code quota} {@code key} has used. */
    public synchronized int used(String quota, String key) {
        return taken.getOrDefault(quota + "|" + key, 0);
    }
}
