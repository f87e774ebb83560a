package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which quota a request counts against: one household (an IPv4 /24, an IPv6 /64) is one client, wherever in it the
 * request came from; behind a trusted proxy the client is the one the proxy saw, and nobody else can choose it by
 * writing a header.
 */
class ClientAddressesTest {

    private static String clientOf(ClientAddresses addresses, String peer, String... forwardedFor) {
        FakeRequest request = FakeRequest.get("/api/v1/appointments").from(peer);
        Arrays.stream(forwardedFor).forEach(line -> request.header("X-Forwarded-For", line));
        return addresses.clientOf(request.build());
    }

    @Nested
    class Without_a_proxy {

        private final ClientAddresses addresses = new ClientAddresses(" ");

        @Test
        void an_ipv4_client_is_its_slash_24() {
            assertThat(clientOf(addresses, "203.0.113.77")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void two_addresses_of_one_slash_24_are_one_client_and_the_next_slash_24_is_another() {
            assertThat(clientOf(addresses, "203.0.113.1")).isEqualTo(clientOf(addresses, "203.0.113.254"));
            assertThat(clientOf(addresses, "203.0.114.1")).isNotEqualTo(clientOf(addresses, "203.0.113.1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2001:0db8:0001:0002:0003:0004:0005:0006", "2001:db8:1:2::5", "[2001:db8:1:2::5]",
                "2001:DB8:1:2:FFFF:FFFF:FFFF:FFFF", "2001:db8:1:2::5%eth0", "[2001:db8:1:2::5%25]"})
        void an_ipv6_client_is_its_slash_64_however_the_address_is_written(String peer) {
            assertThat(clientOf(addresses, peer)).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        }

        @Test
        void the_next_ipv6_slash_64_is_another_client() {
            assertThat(clientOf(addresses, "2001:db8:1:3::5")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        }

        @Test
        void a_link_local_address_with_a_zone_id_is_counted_without_the_zone() {
            assertThat(clientOf(addresses, "fe80::1c2d:3e4f%en0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
        }

        @Test
        void an_ipv4_client_seen_through_an_ipv6_socket_is_the_same_client_as_over_ipv4() {
            assertThat(clientOf(addresses, "::ffff:203.0.113.9")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void a_forwarded_for_header_written_by_the_client_itself_is_ignored() {
            assertThat(clientOf(addresses, "198.51.100.7", "203.0.113.5")).isEqualTo("198.51.100.0/24");
        }
    }

    @Nested
    class Behind_trusted_proxies {

        private final ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 192.168.1.1,2001:db8:ffff::/48");

        @Test
        void the_client_is_the_address_the_proxy_forwarded() {
            assertThat(clientOf(addresses, "10.0.0.2", "203.0.113.5")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void a_proxy_named_by_its_single_address_is_believed() {
            assertThat(clientOf(addresses, "192.168.1.1", "203.0.113.5")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void a_neighbour_of_a_proxy_named_by_its_single_address_is_not() {
            assertThat(clientOf(addresses, "192.168.1.2", "203.0.113.5")).isEqualTo("192.168.1.0/24");
        }

        @Test
        void an_ipv6_proxy_in_a_trusted_block_forwards_an_ipv6_client() {
            assertThat(clientOf(addresses, "2001:db8:ffff::10", "2001:db8:1:2::5"))
                    .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        }

        @Test
        void a_peer_outside_the_trusted_blocks_cannot_choose_its_client_by_writing_the_header() {
            assertThat(clientOf(addresses, "198.51.100.7", "203.0.113.5")).isEqualTo("198.51.100.0/24");
            assertThat(clientOf(addresses, "11.0.0.2", "203.0.113.5")).isEqualTo("11.0.0.0/24");
        }

        @Test
        void through_a_chain_of_proxies_the_client_is_the_last_hop_that_is_not_a_proxy() {
            assertThat(clientOf(addresses, "10.0.0.2", "198.51.100.1, 203.0.113.5, 10.1.1.1, 192.168.1.1"))
                    .isEqualTo("203.0.113.0/24");
        }

        @Test
        void what_the_client_wrote_before_the_proxy_added_its_peer_is_not_believed() {
            assertThat(clientOf(addresses, "10.0.0.2", "1.2.3.4, 5.6.7.8, 203.0.113.5")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void a_proxy_that_adds_its_own_header_line_after_the_clients_is_the_one_believed() {
            assertThat(clientOf(addresses, "10.0.0.2", "1.2.3.4", "203.0.113.5")).isEqualTo("203.0.113.0/24");
        }

        @Test
        void without_the_header_the_client_is_the_proxy_itself() {
            assertThat(clientOf(addresses, "10.0.0.2")).isEqualTo("10.0.0.0/24");
        }

        @Test
        void when_every_hop_is_a_proxy_the_client_is_the_direct_peer() {
            assertThat(clientOf(addresses, "10.0.0.2", "10.9.9.9, 192.168.1.1")).isEqualTo("10.0.0.0/24");
        }

        @Test
        void a_bracketed_ipv6_hop_is_read_as_its_address() {
            assertThat(clientOf(addresses, "10.0.0.2", "[2001:db8:1:2::5]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        }

        @ParameterizedTest
        @ValueSource(strings = {"garbage", "unknown", "999.1.1.1", "203.0.113", "203.0.113.5:4711",
                "[2001:db8::5]:443", "2001:db8::5::6", "fe80::1%", "%:", "1%:", ",,, ,", "\u0000\u202e", "::g",
                ".1::", "0x7f.0.0.1"})
        void a_header_that_is_not_an_address_is_not_believed_and_the_client_is_the_proxy(String header) {
            assertThat(clientOf(addresses, "10.0.0.2", header)).isEqualTo("10.0.0.0/24");
        }

        @Test
        void ten_kilobytes_of_header_are_not_believed_and_do_not_fail_the_request() {
            String header = "a".repeat(10_000) + ":" + ",".repeat(100) + "9".repeat(1_000);

            assertThatCode(() -> assertThat(clientOf(addresses, "10.0.0.2", header)).isEqualTo("10.0.0.0/24"))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_host_name_in_the_header_is_not_looked_up() {
            // were "localhost" resolved, it would be a trusted hop (127.0.0.1) and the client would be 203.0.113.5
            ClientAddresses loopback = new ClientAddresses("127.0.0.1");

            assertThat(clientOf(loopback, "127.0.0.1", "203.0.113.5, localhost")).isEqualTo("127.0.0.0/24");
            assertThat(clientOf(loopback, "127.0.0.1", "203.0.113.5, localhost%:1")).isEqualTo("127.0.0.0/24");
        }
    }

    @Nested
    class The_setting {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", " , ,"})
        void blank_means_no_proxy_is_trusted(String setting) {
            ClientAddresses addresses = new ClientAddresses(setting);

            assertThat(clientOf(addresses, "10.0.0.2", "203.0.113.5")).isEqualTo("10.0.0.0/24");
        }

        @Test
        void absent_means_no_proxy_is_trusted() {
            assertThat(clientOf(new ClientAddresses(null), "10.0.0.2", "203.0.113.5")).isEqualTo("10.0.0.0/24");
        }

        @Test
        void a_block_written_with_host_bits_set_is_the_block() {
            ClientAddresses addresses = new ClientAddresses("10.1.2.3/16");

            assertThat(clientOf(addresses, "10.1.200.200", "203.0.113.5")).isEqualTo("203.0.113.0/24");
            assertThat(clientOf(addresses, "10.2.0.1", "203.0.113.5")).isEqualTo("10.2.0.0/24");
        }

        @ParameterizedTest
        @ValueSource(strings = {"proxy.internal", "localhost", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x",
                "10.0.0.0/", "10.0.0.0/8/8", "2001:db8::/129", "300.0.0.1", "10.0.0", "10.0.0.0/8 /8", "*"})
        void an_entry_that_is_not_an_address_or_a_block_is_refused_naming_the_setting_and_the_entry(String entry) {
            assertThatThrownBy(() -> new ClientAddresses("192.168.1.1, " + entry))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("citas.trusted-proxies: '" + entry.strip() + "' is not an IP address or"
                            + " CIDR block");
        }
    }

    @Test
    void a_network_is_an_ipv6_site_and_for_ipv4_the_clients_own_24() {
        assertThat(ClientAddresses.networkKeyOf("2001:db8:1:ab:1:2:3:4")).isEqualTo("2001:db8:1:0:0:0:0:0/48");
        assertThat(ClientAddresses.networkKeyOf("2001:db8:1:ffff::9")).isEqualTo("2001:db8:1:0:0:0:0:0/48");
        assertThat(ClientAddresses.networkKeyOf("203.0.113.77")).isEqualTo(ClientAddresses.keyOf("203.0.113.77"));
        assertThat(ClientAddresses.keyOf("2001:db8:1:ab:1:2:3:4")).as("the client is still its /64")
                .isEqualTo("2001:db8:1:ab:0:0:0:0/64");
    }

    /** For a decision by address (who may read /metrics): unknown when anyone but a trusted proxy forwarded it. */
    @Nested
    class Origins {

        private final ClientAddresses behindProxy = new ClientAddresses("127.0.0.1, 10.0.0.0/24");
        private final ClientAddresses direct = new ClientAddresses(" ");

        @Test
        void a_request_that_nobody_forwarded_comes_from_its_peer() {
            assertThat(direct.origin("192.0.2.7", null, false)).isEqualTo("192.0.2.7");
            assertThat(behindProxy.origin("127.0.0.1", null, false)).isEqualTo("127.0.0.1");
        }

        @Test
        void behind_a_trusted_proxy_the_origin_is_the_last_address_that_is_not_a_proxy() {
            assertThat(behindProxy.origin("127.0.0.1", "203.0.113.9", false)).isEqualTo("203.0.113.9");
            assertThat(behindProxy.origin("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.5", false))
                    .isEqualTo("203.0.113.9");
        }

        @Test
        void a_request_forwarded_by_a_peer_that_is_not_a_trusted_proxy_comes_from_nobody_knows_where() {
            // a proxy on this machine that nobody listed: without this, everything it forwards would look local
            assertThat(direct.origin("127.0.0.1", "203.0.113.9", false)).isNull();
            assertThat(direct.origin("127.0.0.1", null, true)).as("Forwarded or X-Real-IP").isNull();
            assertThat(behindProxy.origin("192.0.2.7", "127.0.0.1", false)).as("a client writing the header").isNull();
            assertThat(behindProxy.origin("127.0.0.1", null, true))
                    .as("a trusted proxy that says who sent it only in a header it does not read").isNull();
        }
    }
}
