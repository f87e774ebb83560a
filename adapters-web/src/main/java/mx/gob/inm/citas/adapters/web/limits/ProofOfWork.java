package mx.gob.inm.citas.adapters.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.SpendChallengeUseCase;
import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Challenge;
import org.altcha.altcha.Altcha.ChallengeOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A cost for machines on every hold: an ALTCHA proof of work (SHA-256, signed with HMAC). A client asks for a
 * challenge, finds the number whose hash it names (a phone in about a second at the default cost), and sends the
 * solution with the hold. A solution is good for {@value #MINUTES} minutes and once: its use is recorded in the
 * database, so a replay is refused on every instance. {@code citas.pow.cost} is the challenge's largest number;
 * 0 turns the check off (load tests only). The HMAC key is {@code citas.pow.secret}; without one, each instance
 * makes its own at start (enough alone; a cluster must share one).
 */
@ApplicationScoped
public class ProofOfWork {

    static final int MINUTES = 10;

    /** Why a solution was not accepted. */
    public enum Verdict { ACCEPTED, MISSING, INVALID, EXPIRED, REPLAYED }

    @Inject
    @ConfigProperty(name = "citas.pow.cost", defaultValue = "50000")
    long cost;

    @Inject
    @ConfigProperty(name = "citas.pow.secret")
    Optional<String> secret;

    @Inject
    SpendChallengeUseCase challenges;

    @Inject
    Clock clock = Clock.systemUTC();

    private String key;

    /** A cost written wrong stops the start, instead of quietly turning the proof of work off. */
    void checkCost(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (cost < 0) {
            throw new IllegalArgumentException("CITAS_POW_COST must be 0 (no proof of work, load tests only) or"
                    + " more, not " + cost);
        }
    }

    public boolean isOn() {
        return cost > 0;
    }

    /** A new challenge, as the JSON ALTCHA widgets and {@code GET /api/v1/challenge} speak. */
    public Challenge challenge() {
        try {
            return Altcha.createChallenge(new ChallengeOptions().setMaxNumber(cost).setHmacKey(key())
                    .setExpiresInSeconds(Duration.ofMinutes(MINUTES).toSeconds()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make a proof-of-work challenge", e);
        }
    }

    /** Checks a solution (the widget's base64 payload) and spends it. */
    public Verdict check(String payload) {
        if (!isOn()) {
            return Verdict.ACCEPTED;
        }
        if (payload == null || payload.isBlank() || payload.length() > 4096) {
            return Verdict.MISSING;
        }
        JsonObject solution;
        try (JsonReader reader = Json.createReader(new StringReader(new String(
                Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8)))) {
            solution = reader.readObject();
        } catch (RuntimeException malformed) {
            return Verdict.INVALID;
        }
        String challenge = solution.get("challenge") instanceof JsonString text ? text.getString() : null;
        String salt = solution.get("salt") instanceof JsonString text ? text.getString() : null;
        Instant expires = salt == null || challenge == null ? null : expiry(salt).orElse(null);
        if (expires == null) {
            return Verdict.INVALID;
        }
        try {
            // the signature and the work first: only a challenge this server signed can be called expired
            if (!Altcha.verifySolution(payload.strip(), key(), false)) {
                return Verdict.INVALID;
            }
        } catch (Exception malformed) {
            return Verdict.INVALID;
        }
        if (expires.isBefore(clock.instant())) {
            return Verdict.EXPIRED;
        }
        return challenges.spend(challenge, expires) ? Verdict.ACCEPTED : Verdict.REPLAYED;
    }

    private static Optional<Instant> expiry(String salt) {
        try {
            Map<String, String> params = Altcha.extractParams(salt);
            String expires = params == null ? null : params.get("expires");
            return expires == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(expires)));
        } catch (Exception malformed) {
            return Optional.empty();
        }
    }

    private synchronized String key() {
        if (key == null) {
            key = secret.filter(s -> !s.isBlank()).orElseGet(() -> {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                return HexFormat.of().formatHex(random);
            });
        }
        return key;
    }
}
