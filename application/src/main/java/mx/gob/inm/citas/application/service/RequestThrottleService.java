package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.port.out.Quota;
import mx.gob.inm.citas.application.port.out.Quotas;
import mx.gob.inm.citas.application.port.out.RateLimiter;

/** Counts each client's requests against the configured {@link Quotas}. */
@ApplicationScoped
public class RequestThrottleService implements RequestThrottle {

    private final RateLimiter limiter;
    private final Quotas quotas;

    @Inject
    public RequestThrottleService(RateLimiter limiter, Quotas quotas) {
        this.limiter = limiter;
        this.quotas = quotas;
    }

    /** For the CDI proxy only. */
    protected RequestThrottleService() {
        this(null, null);
    }

    @Override
    public void hold(String client) {
        take(limiter, quotas.holdsPerClient(), client);
    }

    @Override
    public void holdRefused(String client) {
        limiter.giveBack(quotas.holdsPerClient(), client);
    }

    @Override
    public void verification(String client) {
        take(limiter, quotas.verificationsPerClient(), client);
    }

    @Override
    public void lookup(String client) {
        take(limiter, quotas.lookupsPerClient(), client);
    }

    @Override
    public void resend(String client) {
        take(limiter, quotas.resendsPerClient(), client);
    }

    @Override
    public void challenge(String client) {
        take(limiter, quotas.challengesPerClient(), client);
    }

    @Override
    public void signIn(String client, String username) {
        take(limiter, quotas.signInsPerClient(), client);
        take(limiter, quotas.signInsPerUsername(), username == null ? "" : username.strip()
                .toLowerCase(Locale.ROOT));
    }

    static void take(RateLimiter limiter, Quota quota, String key) {
        limiter.tryTake(quota, key).ifPresent(wait -> {
            throw new TooManyRequestsException(quota.name(), wait);
        });
    }
}
