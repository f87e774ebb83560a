package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a request comes from: for quotas its network, for a decision by address its address, which is unknown when
 * someone other than a trusted proxy forwarded it.
 */
class ClientAddressesTest {

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

    @Test
    void quotas_count_a_network_and_read_the_forwarded_address_only_from_a_trusted_proxy() {
        assertThat(ClientAddresses.keyOf(behindProxy.clientAddress("127.0.0.1", "203.0.113.9")))
                .isEqualTo("203.0.113.0/24");
        assertThat(ClientAddresses.keyOf(direct.clientAddress("192.0.2.7", "203.0.113.9")))
                .isEqualTo("192.0.2.0/24");
        assertThat(ClientAddresses.keyOf("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }
}
