package mx.gob.inm.citas.adapters.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import mx.gob.inm.citas.adapters.web.fakes.RecordingResponse;
import org.junit.jupiter.api.Test;

/** {@code /metrics} as Prometheus scrapes it, on an application registry holding one timer. */
class MetricsServletTest {

    private final MetricsServlet servlet = new MetricsServlet();

    MetricsServletTest() {
        Map<MetricID, Metric> metrics = Map.of(new MetricID("citas.availability"),
                FixedMetrics.timer(3, 36_000_000, 20_000_000, 0.5, 9_000_000, 0.99, 20_000_000));
        Map<String, Metadata> metadata = Map.of("citas.availability", Metadata.builder()
                .withName("citas.availability").withUnit(MetricUnits.NANOSECONDS).build());
        servlet.application = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMetrics" -> metrics;
                    case "getMetadata" -> metadata;
                    default -> throw new AssertionError("the registry was not expected to be asked " + called);
                });
    }

    /** A request that {@link MetricsAccessFilter} let through. */
    private RecordingResponse call(String method, String target) throws Exception {
        RecordingResponse answer = new RecordingResponse();
        var request = FakeHttp.request(method, target, "127.0.0.1");
        request.setAttribute(MetricsAccessFilter.PASSED, Boolean.TRUE);
        servlet.service(request, answer.servletResponse());
        return answer;
    }

    @Test
    void a_request_that_did_not_pass_the_access_check_gets_no_metrics() throws Exception {
        RecordingResponse answer = new RecordingResponse();
        servlet.service(FakeHttp.request("GET", "/metrics", "127.0.0.1"), answer.servletResponse());

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).hasLineCount(1).doesNotContain("# TYPE");
    }

    @Test
    void the_metrics_are_prometheus_text_with_the_application_timers_in_seconds_and_the_jvm() throws Exception {
        RecordingResponse metrics = call("GET", "/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.header("Cache-Control")).isEqualTo("no-store");
        assertThat(metrics.body()).contains("citas_availability_seconds{mp_scope=\"application\",quantile=\"0.5\"} 0.009\n",
                "citas_availability_seconds_sum{mp_scope=\"application\"} 0.036\n",
                "citas_availability_seconds_count{mp_scope=\"application\"} 3\n",
                "memory_usedHeap_bytes{mp_scope=\"base\"} ");
        assertThat(metrics.header("Content-Length")).isEqualTo(String.valueOf(metrics.bodyBytes().length));
    }

    @Test
    void one_scope_is_asked_for_by_name_and_an_unknown_one_is_a_short_404() throws Exception {
        assertThat(call("GET", "/metrics?scope=application").body()).contains("citas_availability_seconds")
                .doesNotContain("mp_scope=\"base\"");
        assertThat(call("GET", "/metrics?scope=base").body()).contains("memory_usedHeap_bytes")
                .doesNotContain("citas_");

        RecordingResponse vendor = call("GET", "/metrics?scope=vendor");
        assertThat(vendor.status()).isEqualTo(404);
        assertThat(vendor.body()).isEqualTo("No such metrics scope: the scopes are base and application.\n");
    }

    @Test
    void other_addresses_under_metrics_are_a_short_404_and_other_methods_a_405() throws Exception {
        RecordingResponse old = call("GET", "/metrics/application");
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.body()).hasLineCount(1).contains("/metrics?scope=application");
        assertThat(call("GET", "/metrics/").status()).isEqualTo(200);

        RecordingResponse post = call("POST", "/metrics");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(post.body()).hasLineCount(1);
    }
}
