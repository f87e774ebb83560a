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
    public void hold(String client, String network, String passport) {
        take(limiter, quotas.holdsPerClient(), client);
        try {
            take(limiter, quotas.holdsPerNetwork(), network);
        } catch (TooManyRequestsException refused) {
            limiter.giveBack(quotas.holdsPerClient(), client);
            throw refused;
        }
        try {
            take(limiter, quotas.holdsPerPassport(), passportFrom(client, passport));
        } catch (TooManyRequestsException refused) {
            limiter.giveBack(quotas.holdsPerClient(), client);
            limiter.giveBack(quotas.holdsPerNetwork(), network);
            throw refused;
        }
    }

    @Override
    public void holdRefused(String client, String network, String passport) {
        limiter.giveBack(quotas.holdsPerClient(), client);
        limiter.giveBack(quotas.holdsPerNetwork(), network);
        limiter.giveBack(quotas.holdsPerPassport(), passportFrom(client, passport));
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
        try {
            take(limiter, quotas.signInsPerUsername(), usernameFrom(client, username));
        } catch (TooManyRequestsException refused) {
            limiter.giveBack(quotas.signInsPerClient(), client);
            throw refused;
        }
        try {
            take(limiter, quotas.signInsPerAccount(), account(username));
        } catch (TooManyRequestsException refused) {
            limiter.giveBack(quotas.signInsPerClient(), client);
            limiter.giveBack(quotas.signInsPerUsername(), usernameFrom(client, username));
            throw refused;
        }
    }

    @Override
    public void signedIn(String client, String username) {
        limiter.giveBack(quotas.signInsPerClient(), client);
        limiter.giveBack(quotas.signInsPerUsername(), usernameFrom(client, username));
        limiter.giveBack(quotas.signInsPerAccount(), account(username));
    }

    /** A passport as typed (any nationality), held from one client. */
    private static String passportFrom(String client, String passport) {
        String typed = passport == null ? "" : passport.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return bounded(typed) + "@" + client;
    }

    /** A username as typed, case-insensitive; no username is longer than 40 characters, so no key is either. */
    private static String account(String username) {
        return bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String usernameFrom(String client, String username) {
        return account(username) + "@" + client;
    }

    private static String bounded(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) : typed;
    }

    static void take(RateLimiter limiter, Quota quota, String key) {
        limiter.tryTake(quota, key).ifPresent(wait -> {
            throw new TooManyRequestsException(quota.name(), wait);
        });
    }
}
