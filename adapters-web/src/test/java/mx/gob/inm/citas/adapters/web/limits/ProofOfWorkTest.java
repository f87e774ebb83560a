package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.limits.ProofOfWork.Verdict;
import mx.gob.inm.citas.application.port.in.SpendChallengeUseCase;
import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Challenge;
import org.altcha.altcha.Altcha.ChallengeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proof of work on holds as a client meets it: a challenge solved as the widget solves it is good once; a
 * solution that was tampered with, signed by someone else, stale or not a solution at all is refused with its
 * reason, and nothing a client sends makes the check fail with an error.
 */
class ProofOfWorkTest {

    private static final String KEY = "the instance's key";

    /** Fake of the in-port: remembers spent challenges like the database's table, forgets nothing. */
    private static final class SpentChallenges implements SpendChallengeUseCase {

        final Map<String, Instant> spent = new HashMap<>();

        @Override
        public synchronized boolean spend(String challenge, Instant expiresAt) {
            return spent.putIfAbsent(challenge, expiresAt) == null;
        }

        @Override
        public void forgetExpired() {
        }
    }

    private final SpentChallenges spent = new SpentChallenges();
    private final ProofOfWork pow = new ProofOfWork();

    ProofOfWorkTest() {
        pow.cost = 2_000;
        pow.secret = Optional.of(KEY);
        pow.challenges = spent;
    }

    /** The widget's work: find the number, send back the challenge with it, base64 of the JSON. */
    private static JsonObjectBuilder solved(Challenge challenge) throws Exception {
        Altcha.Solution solution = Altcha.solveChallenge(challenge.challenge, challenge.salt,
                Altcha.Algorithm.fromString(challenge.algorithm), challenge.maxnumber, 0);
        assertThat(solution).as("the challenge can be solved").isNotNull();
        return Json.createObjectBuilder().add("algorithm", challenge.algorithm).add("challenge", challenge.challenge)
                .add("number", solution.number).add("salt", challenge.salt).add("signature", challenge.signature);
    }

    private static String payload(JsonObjectBuilder json) {
        return payload(json.build().toString());
    }

    private static String payload(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Challenge libraryChallenge(String key, long expiresEpochSecond) throws Exception {
        return Altcha.createChallenge(new ChallengeOptions().setMaxNumber(2_000L).setHmacKey(key)
                .setExpires(expiresEpochSecond));
    }

    @Test
    void a_solved_challenge_is_accepted_once_and_refused_as_replayed_after() throws Exception {
        String solution = payload(solved(pow.challenge()));

        assertThat(pow.check(solution)).isEqualTo(Verdict.ACCEPTED);
        assertThat(pow.check(solution)).isEqualTo(Verdict.REPLAYED);
        assertThat(spent.spent).hasSize(1);
    }

    @Test
    void the_spent_challenge_is_kept_until_the_challenge_expires_about_ten_minutes_from_now() throws Exception {
        Instant before = Instant.now();
        pow.check(payload(solved(pow.challenge())));

        assertThat(spent.spent.values()).singleElement().satisfies(expires -> assertThat(expires)
                .isBetween(before.plusSeconds(ProofOfWork.MINUTES * 60L - 5), Instant.now()
                        .plusSeconds(ProofOfWork.MINUTES * 60L + 5)));
    }

    @Test
    void two_challenges_each_solved_are_each_accepted() throws Exception {
        assertThat(pow.check(payload(solved(pow.challenge())))).isEqualTo(Verdict.ACCEPTED);
        assertThat(pow.check(payload(solved(pow.challenge())))).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void a_solution_with_a_changed_number_is_invalid() throws Exception {
        JsonObject good = solved(pow.challenge()).build();

        String tampered = payload(Json.createObjectBuilder(good).add("number", good.getInt("number") + 1));

        assertThat(pow.check(tampered)).isEqualTo(Verdict.INVALID);
        assertThat(spent.spent).isEmpty();
    }

    @Test
    void a_solution_with_a_changed_salt_is_invalid_even_when_it_only_moves_the_expiry() throws Exception {
        JsonObject good = solved(pow.challenge()).build();
        String salt = good.getString("salt");
        String later = salt.replaceFirst("expires=(\\d+)", "expires=" + (Instant.now().getEpochSecond() + 86_400));
        assertThat(later).isNotEqualTo(salt);

        assertThat(pow.check(payload(Json.createObjectBuilder(good).add("salt", later)))).isEqualTo(Verdict.INVALID);
        assertThat(pow.check(payload(Json.createObjectBuilder(good).add("salt", "0" + salt))))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_solution_with_a_changed_signature_is_invalid() throws Exception {
        JsonObject good = solved(pow.challenge()).build();
        String signature = good.getString("signature");
        String flipped = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);

        assertThat(pow.check(payload(Json.createObjectBuilder(good).add("signature", flipped))))
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_challenge_signed_with_another_key_is_invalid() throws Exception {
        Challenge foreign = libraryChallenge("someone else's key", Instant.now().getEpochSecond() + 600);

        assertThat(pow.check(payload(solved(foreign)))).isEqualTo(Verdict.INVALID);
        assertThat(spent.spent).isEmpty();
    }

    @Test
    void a_challenge_of_ours_that_has_expired_is_refused_as_expired() throws Exception {
        Challenge stale = libraryChallenge(KEY, Instant.now().getEpochSecond() - 1);

        assertThat(pow.check(payload(solved(stale)))).isEqualTo(Verdict.EXPIRED);
        assertThat(spent.spent).isEmpty();
    }

    @Test
    void a_challenge_of_ours_with_no_expiry_is_invalid_rather_than_good_for_ever() throws Exception {
        Challenge forever = Altcha.createChallenge(new ChallengeOptions().setMaxNumber(2_000L).setHmacKey(KEY));

        assertThat(pow.check(payload(solved(forever)))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void a_solution_naming_two_challenges_is_invalid_so_that_no_other_than_the_checked_one_is_spent()
            throws Exception {
        JsonObject good = solved(pow.challenge()).build();
        String json = good.toString();
        String twice = json.substring(0, json.length() - 1) + ",\"challenge\":\"" + "f".repeat(64) + "\"}";

        assertThat(pow.check(payload(twice))).isEqualTo(Verdict.INVALID);
        assertThat(spent.spent).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void no_solution_is_missing(String payload) {
        assertThat(pow.check(payload)).isEqualTo(Verdict.MISSING);
        assertThat(pow.check(null)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void a_ten_kilobyte_header_is_missing_without_being_read() {
        String huge = payload("{\"challenge\":\"" + "a".repeat(10_000) + "\"}");

        assertThat(pow.check(huge)).isEqualTo(Verdict.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "%%%", "eyJ", "////", "AAAA"})
    void what_is_not_base64_of_json_is_invalid(String payload) {
        assertThat(pow.check(payload)).isEqualTo(Verdict.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "[1,2]", "42", "\"text\"", "null", "{", "{}", "{\"challenge\":\"ab\"}",
            "{\"salt\":\"ab?expires=99999999999\"}", "{\"challenge\":1,\"salt\":2}",
            "{\"challenge\":\"ab\",\"salt\":\"no-params\"}",
            "{\"challenge\":\"ab\",\"salt\":\"s?expires=soon\"}",
            "{\"challenge\":\"ab\",\"salt\":\"s?expires=999999999999999999999\"}",
            "{\"challenge\":\"ab\",\"salt\":\"s?expires=99999999999\"}",
            "{\"challenge\":\"ab\",\"salt\":\"s?expires=99999999999\",\"number\":\"x\",\"signature\":null}",
            "{\"algorithm\":\"MD5\",\"challenge\":\"ab\",\"salt\":\"s?expires=99999999999\",\"number\":1,"
                    + "\"signature\":\"ab\"}"})
    void json_that_is_not_a_solution_is_invalid_and_never_an_error(String json) {
        assertThatCode(() -> assertThat(pow.check(payload(json))).isEqualTo(Verdict.INVALID))
                .doesNotThrowAnyException();
        assertThat(spent.spent).isEmpty();
    }

    @Test
    void with_the_cost_at_zero_anything_is_accepted_and_nothing_is_spent() {
        pow.cost = 0;

        assertThat(pow.isOn()).isFalse();
        assertThat(pow.check(null)).isEqualTo(Verdict.ACCEPTED);
        assertThat(pow.check("garbage")).isEqualTo(Verdict.ACCEPTED);
        assertThat(spent.spent).isEmpty();
    }

    @Test
    void a_challenge_asks_for_no_more_work_than_the_configured_cost() {
        Challenge challenge = pow.challenge();

        assertThat(challenge.maxnumber).isEqualTo(2_000L);
        assertThat(challenge.algorithm).isEqualTo("SHA-256");
        assertThat(challenge.salt).contains("expires=");
    }

    @Test
    void without_a_configured_secret_an_instance_still_accepts_its_own_challenges() throws Exception {
        ProofOfWork alone = new ProofOfWork();
        alone.cost = 2_000;
        alone.secret = Optional.empty();
        alone.challenges = spent;

        assertThat(alone.check(payload(solved(alone.challenge())))).isEqualTo(Verdict.ACCEPTED);
        assertThat(pow.check(payload(solved(alone.challenge())))).isEqualTo(Verdict.INVALID);
    }
}
