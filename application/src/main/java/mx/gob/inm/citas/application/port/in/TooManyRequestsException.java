package mx.gob.inm.citas.application.port.in;

import java.time.Duration;

/** A quota was used up: nothing was done, and the same request may be made again after {@link #retryAfter}. */
public class TooManyRequestsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String quota;
    private final Duration retryAfter;

    public TooManyRequestsException(String quota, Duration retryAfter) {
        super("Too many requests (" + quota + "); try again in " + wholeSeconds(retryAfter) + " s");
        this.quota = quota;
        this.retryAfter = retryAfter;
    }

    /** Which limit was reached, e.g. {@code holds-per-client}. */
    public String quota() {
        return quota;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one (for {@code Retry-After}). */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
