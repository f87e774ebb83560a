package mx.gob.inm.citas.adapters.web.metrics;

import static mx.gob.inm.citas.adapters.web.metrics.MetricsAccess.Verdict.ADDRESS_REFUSED;
import static mx.gob.inm.citas.adapters.web.metrics.MetricsAccess.Verdict.ALLOWED;
import static mx.gob.inm.citas.adapters.web.metrics.MetricsAccess.Verdict.TOKEN_REQUIRED;
import static mx.gob.inm.citas.adapters.web.metrics.MetricsAccess.Verdict.WRONG_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may read the metrics, decided on the client's address and the Authorization header alone. */
class MetricsAccessTest {

    private static final String TOKEN = "3f9c2a7e5b1d4c8f9a6e2b7d1c5f8a3e";

    private static final MetricsAccess SHIPPED = new MetricsAccess(Optional.empty(), MetricsAccess.LOOPBACK);
    private static final MetricsAccess WITH_TOKEN = new MetricsAccess(Optional.of(TOKEN), MetricsAccess.LOOPBACK);

    @Test
    void by_default_only_this_machine_reads_the_metrics() {
        assertThat(SHIPPED.decide("127.0.0.1", null)).isEqualTo(ALLOWED);
        assertThat(SHIPPED.decide("127.3.7.9", null)).as("all of 127/8 is loopback").isEqualTo(ALLOWED);
        assertThat(SHIPPED.decide("::1", null)).isEqualTo(ALLOWED);
        assertThat(SHIPPED.decide("0:0:0:0:0:0:0:1", null)).isEqualTo(ALLOWED);

        assertThat(SHIPPED.decide("192.0.2.7", null)).isEqualTo(ADDRESS_REFUSED);
        assertThat(SHIPPED.decide("2001:db8::7", null)).isEqualTo(ADDRESS_REFUSED);
        assertThat(SHIPPED.decide(null, null)).as("forwarded by an unknown proxy").isEqualTo(ADDRESS_REFUSED);
        assertThat(SHIPPED.decide("localhost", null)).as("a name is not an address").isEqualTo(ADDRESS_REFUSED);
    }

    @Test
    void the_token_opens_the_metrics_from_anywhere_and_is_asked_for_when_missing() {
        assertThat(WITH_TOKEN.decide("203.0.113.9", "Bearer " + TOKEN)).isEqualTo(ALLOWED);
        assertThat(WITH_TOKEN.decide(null, "bearer  " + TOKEN + " ")).as("scheme in any case").isEqualTo(ALLOWED);
        assertThat(WITH_TOKEN.decide("127.0.0.1", null)).as("loopback still needs no token").isEqualTo(ALLOWED);

        assertThat(WITH_TOKEN.decide("203.0.113.9", null)).isEqualTo(TOKEN_REQUIRED);
    }

    @Test
    void credentials_that_are_not_the_token_are_refused_even_from_an_allowed_address() {
        assertThat(WITH_TOKEN.decide("127.0.0.1", "Bearer " + TOKEN.substring(1))).isEqualTo(WRONG_TOKEN);
        assertThat(WITH_TOKEN.decide("127.0.0.1", "Bearer " + TOKEN + "0")).isEqualTo(WRONG_TOKEN);
        assertThat(WITH_TOKEN.decide("127.0.0.1", "Bearer")).isEqualTo(WRONG_TOKEN);
        assertThat(WITH_TOKEN.decide("127.0.0.1", "")).isEqualTo(WRONG_TOKEN);
        assertThat(WITH_TOKEN.decide("127.0.0.1", "Basic " + TOKEN)).as("another scheme").isEqualTo(WRONG_TOKEN);
        assertThat(WITH_TOKEN.decide("127.0.0.1", TOKEN)).as("no scheme").isEqualTo(WRONG_TOKEN);

        assertThat(SHIPPED.decide("127.0.0.1", "Bearer anything"))
                .as("a token while none is configured: the scraper's setup is wrong").isEqualTo(WRONG_TOKEN);
    }

    @Test
    void a_blank_token_is_no_token_and_the_configured_one_is_read_without_surrounding_blanks() {
        MetricsAccess blank = new MetricsAccess(Optional.of("   "), MetricsAccess.LOOPBACK);
        assertThat(blank.decide("203.0.113.9", null)).isEqualTo(ADDRESS_REFUSED);
        assertThat(blank.decide("203.0.113.9", "Bearer ")).isEqualTo(WRONG_TOKEN);

        MetricsAccess fromFile = new MetricsAccess(Optional.of(TOKEN + "\n"), MetricsAccess.LOOPBACK);
        assertThat(fromFile.decide("203.0.113.9", "Bearer " + TOKEN)).isEqualTo(ALLOWED);
    }

    @Test
    void configured_addresses_replace_loopback() {
        MetricsAccess network = new MetricsAccess(Optional.empty(), " 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32");

        assertThat(network.decide("10.200.3.4", null)).isEqualTo(ALLOWED);
        assertThat(network.decide("192.0.2.7", null)).isEqualTo(ALLOWED);
        assertThat(network.decide("2001:db8:0:1::5", null)).isEqualTo(ALLOWED);

        assertThat(network.decide("11.0.0.1", null)).isEqualTo(ADDRESS_REFUSED);
        assertThat(network.decide("192.0.2.8", null)).as("an address is a block of one").isEqualTo(ADDRESS_REFUSED);
        assertThat(network.decide("2001:db9::5", null)).isEqualTo(ADDRESS_REFUSED);
        assertThat(network.decide("127.0.0.1", null)).isEqualTo(ADDRESS_REFUSED);
    }

    @Test
    void none_allows_no_address_so_only_the_token_reads() {
        MetricsAccess tokenOnly = new MetricsAccess(Optional.of(TOKEN), "none");

        assertThat(tokenOnly.decide("127.0.0.1", null)).isEqualTo(TOKEN_REQUIRED);
        assertThat(tokenOnly.decide("127.0.0.1", "Bearer " + TOKEN)).isEqualTo(ALLOWED);
        assertThat(new MetricsAccess(Optional.empty(), " NONE ").decide("127.0.0.1", null)).isEqualTo(ADDRESS_REFUSED);
    }

    @Test
    void a_malformed_address_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> new MetricsAccess(Optional.empty(), "127.0.0.1, intranet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("citas.metrics.addresses: 'intranet' is not an IP address or CIDR block");
        assertThatThrownBy(() -> new MetricsAccess(Optional.empty(), "10.0.0.0/eight"))
                .hasMessageContaining("'10.0.0.0/eight'");
        assertThatThrownBy(() -> new MetricsAccess(Optional.empty(), "300.1.1.1"))
                .hasMessageContaining("'300.1.1.1'");
    }
}
