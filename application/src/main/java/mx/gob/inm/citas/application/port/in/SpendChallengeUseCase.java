package mx.gob.inm.citas.application.port.in;

import java.time.Instant;

/** In-port: a solved proof-of-work challenge is accepted once, on whichever instance it arrives. */
public interface SpendChallengeUseCase {

    /** True the first time {@code challenge} is spent; false for a replay. */
    boolean spend(String challenge, Instant expiresAt);

    /** Drops the record of challenges that have expired. */
    void forgetExpired();
}
