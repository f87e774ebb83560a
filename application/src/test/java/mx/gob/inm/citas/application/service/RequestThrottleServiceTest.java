package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import mx.gob.inm.citas.application.fakes.CountingRateLimiter;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of request a client makes counts against its own quota (the shipped defaults): the one past the
 * allowance is refused naming its quota and the wait, and using up one kind leaves the others and other clients
 * alone. A passport counts as held from one client; sign-ins count for the address, for the username tried from it
 * and, more loosely, for the account from anywhere; only failed sign-ins count.
 */
class RequestThrottleServiceTest {

    private static final String CLIENT = "203.0.113.0/24";
    private static final String NEIGHBOUR = "198.51.100.0/24";

    private final CountingRateLimiter limiter = new CountingRateLimiter();
    private final RequestThrottle throttle = new RequestThrottleService(limiter,
            CountingRateLimiter.defaultQuotas());

    /** Each client-only throttle, with its quota's name and the default allowance. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                // a new passport each time, so that only the address's allowance is reached
                kind("holds", "holds-per-client", 10, (t, client) -> t.hold(client, client, UUID.randomUUID()
                        .toString().substring(0, 8))),
                kind("verifications", "verifications-per-client", 30, RequestThrottle::verification),
                kind("lookups", "lookups-per-client", 30, RequestThrottle::lookup),
                kind("resends", "resends-per-client", 10, RequestThrottle::resend),
                kind("challenges", "challenges-per-client", 60, RequestThrottle::challenge),
                // a new username each time, so that only the address's allowance is reached
                kind("sign-ins", "sign-ins-per-client", 20, (t, client) -> t.signIn(client, UUID.randomUUID()
                        .toString())));
    }

    private static Arguments kind(String label, String quota, int allowance, BiConsumer<RequestThrottle, String> ask) {
        return Arguments.of(label, quota, allowance, ask);
    }

    private static void times(int n, Runnable request) {
        for (int i = 0; i < n; i++) {
            request.run();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void the_request_past_the_allowance_is_refused_naming_its_quota_and_the_wait(String label, String quota,
            int allowance, BiConsumer<RequestThrottle, String> ask) {
        times(allowance, () -> ask.accept(throttle, CLIENT));

        assertThatThrownBy(() -> ask.accept(throttle, CLIENT))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.quota()).isEqualTo(quota);
                    assertThat(refused.retryAfter()).isPositive();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void using_up_one_kind_of_request_leaves_the_other_kinds_and_other_clients_free(String label, String quota,
            int allowance, BiConsumer<RequestThrottle, String> ask) {
        times(allowance, () -> ask.accept(throttle, CLIENT));

        assertThat(kinds().map(other -> (String) other.get()[1]).filter(q -> !q.equals(quota)))
                .allSatisfy(other -> assertThat(limiter.used(other, CLIENT)).as(other).isZero());
        assertThatCode(() -> ask.accept(throttle, NEIGHBOUR)).doesNotThrowAnyException();
    }

    @Test
    void each_kind_counts_one_against_its_own_quota_only() {
        throttle.hold(CLIENT, CLIENT, "G1234567");
        throttle.verification(CLIENT);
        throttle.verification(CLIENT);
        throttle.lookup(CLIENT);
        throttle.lookup(CLIENT);
        throttle.lookup(CLIENT);
        throttle.resend(CLIENT);
        throttle.challenge(CLIENT);
        throttle.challenge(CLIENT);

        assertThat(limiter.used("holds-per-client", CLIENT)).isEqualTo(1);
        assertThat(limiter.used("holds-per-passport", "G1234567@" + CLIENT)).isEqualTo(1);
        assertThat(limiter.used("verifications-per-client", CLIENT)).isEqualTo(2);
        assertThat(limiter.used("lookups-per-client", CLIENT)).isEqualTo(3);
        assertThat(limiter.used("resends-per-client", CLIENT)).isEqualTo(1);
        assertThat(limiter.used("challenges-per-client", CLIENT)).isEqualTo(2);
        assertThat(limiter.used("sign-ins-per-client", CLIENT)).isZero();
    }

    @Test
    void a_hold_refused_for_another_reason_does_not_count() {
        for (int i = 0; i < 10; i++) {
            throttle.hold(CLIENT, CLIENT, "G100000" + i);
        }

        throttle.holdRefused(CLIENT, CLIENT, "G1000009");

        assertThat(limiter.used("holds-per-passport", "G1000009@" + CLIENT)).isZero();
        assertThatCode(() -> throttle.hold(CLIENT, CLIENT, "G2000000")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.hold(CLIENT, CLIENT, "G3000000"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void a_hold_refused_gives_back_only_the_clients_own_hold() {
        throttle.hold(CLIENT, CLIENT, "G1234567");
        throttle.hold(NEIGHBOUR, NEIGHBOUR, "G1234567");

        throttle.holdRefused(CLIENT, CLIENT, "G1234567");

        assertThat(limiter.used("holds-per-client", CLIENT)).isZero();
        assertThat(limiter.used("holds-per-client", NEIGHBOUR)).isEqualTo(1);
        assertThat(limiter.used("holds-per-passport", "G1234567@" + NEIGHBOUR)).isEqualTo(1);
    }

    @Test
    void a_passport_holds_three_places_a_day_from_one_client_and_a_stranger_elsewhere_cannot_use_its_owners_up() {
        for (int i = 0; i < 3; i++) {
            throttle.hold(NEIGHBOUR, NEIGHBOUR, "g1234-567");
        }

        assertThatThrownBy(() -> throttle.hold(NEIGHBOUR, NEIGHBOUR, "G1234567"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        refused -> assertThat(refused.quota()).isEqualTo("holds-per-passport"));
        assertThat(limiter.used("holds-per-client", NEIGHBOUR)).as("the refused one is not counted").isEqualTo(3);
        assertThatCode(() -> throttle.hold(CLIENT, CLIENT, "G1234567")).as("the owner, on their own connection")
                .doesNotThrowAnyException();
    }

    @Test
    void many_clients_of_one_network_share_the_networks_allowance() {
        String site = "2001:db8:1::/48";
        for (int i = 0; i < 30; i++) {
            throttle.hold("2001:db8:1:" + Integer.toHexString(i) + "::/64", site, "G10000" + i);
        }

        assertThatThrownBy(() -> throttle.hold("2001:db8:1:ff::/64", site, "G7654321"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        refused -> assertThat(refused.quota()).isEqualTo("holds-per-network"));
        assertThat(limiter.used("holds-per-client", "2001:db8:1:ff::/64")).as("given back").isZero();
        assertThatCode(() -> throttle.hold("2001:db8:2::/64", "2001:db8:2::/48", "G7654321"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_sign_in_counts_for_the_address_the_username_there_and_the_account() {
        throttle.signIn(CLIENT, "admin");

        assertThat(limiter.used("sign-ins-per-client", CLIENT)).isEqualTo(1);
        assertThat(limiter.used("sign-ins-per-username", "admin@" + CLIENT)).isEqualTo(1);
        assertThat(limiter.used("sign-ins-per-account", "admin")).isEqualTo(1);
    }

    @Test
    void a_successful_sign_in_does_not_count() {
        for (int i = 0; i < 25; i++) {
            throttle.signIn(CLIENT, "ventanilla" + (i % 3));
            throttle.signedIn(CLIENT, "ventanilla" + (i % 3));
        }

        assertThat(limiter.used("sign-ins-per-client", CLIENT)).isZero();
        assertThat(limiter.used("sign-ins-per-account", "ventanilla1")).isZero();
    }

    @Test
    void ten_wrong_tries_from_one_network_do_not_lock_the_account_out_of_its_own_office() {
        for (int i = 0; i < 10; i++) {
            throttle.signIn(NEIGHBOUR, i % 2 == 0 ? "Admin" : " ADMIN ");
        }

        assertThatThrownBy(() -> throttle.signIn(NEIGHBOUR, "admin"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    assertThat(refused.quota()).isEqualTo("sign-ins-per-username");
                    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                });
        assertThatCode(() -> throttle.signIn(CLIENT, "admin")).doesNotThrowAnyException();
    }

    @Test
    void guessing_one_account_from_many_networks_is_stopped_at_the_accounts_allowance() {
        for (int i = 0; i < 100; i++) {
            throttle.signIn("203.0." + i + ".0/24", i % 2 == 0 ? "Admin" : " ADMIN ");
        }

        assertThatThrownBy(() -> throttle.signIn("192.0.2.0/24", "admin"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        refused -> assertThat(refused.quota()).isEqualTo("sign-ins-per-account"));
        assertThat(limiter.used("sign-ins-per-client", "192.0.2.0/24")).as("given back").isZero();
        assertThatCode(() -> throttle.signIn("192.0.2.0/24", "ventanilla1")).doesNotThrowAnyException();
    }

    @Test
    void a_username_longer_than_any_account_is_counted_under_its_first_forty_characters() {
        throttle.signIn(CLIENT, "x".repeat(2_000_000));

        assertThat(limiter.used("sign-ins-per-account", "x".repeat(40))).isEqualTo(1);
    }

    @Test
    void many_usernames_from_one_address_are_stopped_at_the_addresses_allowance() {
        for (int i = 0; i < 20; i++) {
            throttle.signIn(CLIENT, "user" + i);
        }

        assertThatThrownBy(() -> throttle.signIn(CLIENT, "someone-new"))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        refused -> assertThat(refused.quota()).isEqualTo("sign-ins-per-client"));
        assertThat(limiter.used("sign-ins-per-username", "someone-new@" + CLIENT)).isZero();
    }

    @Test
    void a_sign_in_without_a_username_is_counted_under_the_empty_one() {
        throttle.signIn(CLIENT, null);
        throttle.signIn(NEIGHBOUR, "   ");

        assertThat(limiter.used("sign-ins-per-account", "")).isEqualTo(2);
    }
}
