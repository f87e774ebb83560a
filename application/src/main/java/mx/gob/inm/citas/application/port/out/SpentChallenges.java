package mx.gob.inm.citas.application.port.out;

import java.time.Instant;

/**
 * Out-port: remembers which proof-of-work challenges have been used, on every instance, until they expire. A use is
 * recorded for good before it is answered, outside any booking transaction.
 */
public interface SpentChallenges {

    /** Records the challenge as used; false when it already was (a replay), by any instance. */
    boolean spend(String challenge, Instant expiresAt);

    /** Forgets challenges that expired before {@code now} (they are refused as expired anyway); how many. */
    int forgetExpired(Instant now);
}
