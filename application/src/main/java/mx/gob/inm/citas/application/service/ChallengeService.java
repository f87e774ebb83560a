package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.SpendChallengeUseCase;
import mx.gob.inm.citas.application.port.out.SpentChallenges;

/** Records each spent challenge through {@link SpentChallenges}, which decides replays in the database. */
@ApplicationScoped
public class ChallengeService implements SpendChallengeUseCase {

    static final Duration GRACE = Duration.ofMinutes(1);

    private final SpentChallenges spent;
    private final Clock clock;

    @Inject
    public ChallengeService(SpentChallenges spent, Clock clock) {
        this.spent = spent;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected ChallengeService() {
        this(null, null);
    }

    @Override
    public boolean spend(String challenge, Instant expiresAt) {
        return !expiresAt.isBefore(clock.instant()) && spent.spend(challenge, expiresAt);
    }

    /**
     * A minute after they expired: an instance whose clock runs a little behind must still find the record of a
     * challenge it would accept.
     */
    @Override
    public void forgetExpired() {
        spent.forgetExpired(clock.instant().minus(GRACE));
    }
}
