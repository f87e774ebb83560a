package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.application.port.out.SpentChallenges;

/** Fake of {@link SpentChallenges}: a map that refuses a second use like the table's primary key. */
public class InMemorySpentChallenges implements SpentChallenges {

    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    @Override
    public boolean spend(String challenge, Instant expiresAt) {
        return spent.putIfAbsent(challenge, expiresAt) == null;
    }

    @Override
    public int forgetExpired(Instant now) {
        int before = spent.size();
        spent.values().removeIf(expiry -> expiry.isBefore(now));
        return before - spent.size();
    }
}
