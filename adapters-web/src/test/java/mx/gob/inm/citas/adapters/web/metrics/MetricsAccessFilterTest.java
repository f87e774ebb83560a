package mx.gob.inm.citas.adapters.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.adapters.web.fakes.RecordingResponse;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of {@code /metrics} as a scraper meets it: let through, or a short plain-text refusal with the
 * status and challenge that say what would help.
 */
class MetricsAccessFilterTest {

    private static final String TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

    private boolean passed;

    private static MetricsAccessFilter filter(String token, String addresses) {
        MetricsAccessFilter filter = new MetricsAccessFilter();
        filter.token = Optional.ofNullable(token);
        filter.addresses = addresses;
        filter.clients = new Clients();
        filter.init();
        return filter;
    }

    private RecordingResponse get(MetricsAccessFilter filter, HttpServletRequest request) throws Exception {
        RecordingResponse answer = new RecordingResponse();
        passed = false;
        filter.doFilter(request, answer.servletResponse(), (req, resp) -> passed = true);
        assertThat(request.getAttribute(MetricsAccessFilter.PASSED)).as("marked as let through").isEqualTo(passed
                ? Boolean.TRUE : null);
        return answer;
    }

    @Test
    void loopback_reads_without_a_token_and_a_wrong_token_is_refused_there_too() throws Exception {
        MetricsAccessFilter shipped = filter(TOKEN, MetricsAccess.LOOPBACK);

        get(shipped, FakeHttp.request("GET", "/metrics", "127.0.0.1"));
        assertThat(passed).isTrue();

        RecordingResponse wrong = get(shipped, FakeHttp.request("GET", "/metrics", "127.0.0.1", "Authorization",
                "Bearer not-the-token"));
        assertThat(passed).isFalse();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"citas-metrics\", error=\"invalid_token\"");
        assertThat(wrong.header("Content-Type")).startsWith("text/plain");
        assertThat(wrong.body()).isEqualTo("This is not the metrics token.\n");
    }

    @Test
    void another_address_needs_the_token() throws Exception {
        MetricsAccessFilter shipped = filter(TOKEN, MetricsAccess.LOOPBACK);

        RecordingResponse asked = get(shipped, FakeHttp.request("GET", "/metrics", "203.0.113.9"));
        assertThat(passed).isFalse();
        assertThat(asked.status()).isEqualTo(401);
        assertThat(asked.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"citas-metrics\"");
        assertThat(asked.body()).hasLineCount(1).contains("metrics token");

        get(shipped, FakeHttp.request("GET", "/metrics", "203.0.113.9", "Authorization", "Bearer " + TOKEN));
        assertThat(passed).isTrue();
    }

    @Test
    void without_a_token_configured_another_address_is_forbidden() throws Exception {
        RecordingResponse refused = get(filter(null, MetricsAccess.LOOPBACK), FakeHttp.request("GET", "/metrics",
                "203.0.113.9"));

        assertThat(passed).isFalse();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("WWW-Authenticate")).isNull();
        assertThat(refused.body()).isEqualTo("The metrics are read only from the addresses in"
                + " citas.metrics.addresses.\n");
    }

    @Test
    void a_request_a_local_proxy_forwarded_is_not_taken_for_a_local_one() throws Exception {
        // no citas.trusted-proxies: a proxy on this machine that adds X-Forwarded-For is not trusted
        RecordingResponse refused = get(filter(null, MetricsAccess.LOOPBACK), FakeHttp.request("GET", "/metrics",
                "127.0.0.1", "X-Forwarded-For", "203.0.113.9"));

        assertThat(passed).isFalse();
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void configured_addresses_let_a_monitoring_network_in() throws Exception {
        MetricsAccessFilter network = filter(null, "10.20.0.0/16");

        get(network, FakeHttp.request("GET", "/metrics", "10.20.30.40"));
        assertThat(passed).isTrue();
        get(network, FakeHttp.request("GET", "/metrics", "127.0.0.1"));
        assertThat(passed).as("the setting replaces loopback").isFalse();
    }

    @Test
    void a_malformed_address_setting_shuts_the_metrics_rather_than_opening_them() throws Exception {
        MetricsAccessFilter malformed = filter(TOKEN, "10.0.0.0/8; 127.0.0.1");

        RecordingResponse shut = get(malformed, FakeHttp.request("GET", "/metrics", "127.0.0.1", "Authorization",
                "Bearer " + TOKEN));
        assertThat(passed).isFalse();
        assertThat(shut.status()).isEqualTo(503);
        assertThat(shut.body()).isEqualTo("The metrics settings are malformed; the server's log says which.\n");
    }
}
