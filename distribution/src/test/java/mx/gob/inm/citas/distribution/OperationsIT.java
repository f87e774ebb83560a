package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators rely on: readiness, metrics (read from loopback or with the token, durations in seconds), the OpenAPI
 * description and the landing page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    /** The metrics token the end-to-end tests' server is given (distribution/pom.xml). */
    private static final String METRICS_TOKEN = System.getProperty("citas.it.metrics.token");

    @ArquillianResource
    private URL base;

    @Test
    void readiness_is_up_once_the_database_is_migrated_and_seeded() {
        Http.Answer ready = Http.get(server("/health/ready"));

        assertThat(ready.status()).isEqualTo(200);
        JsonObject health = ready.object();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                });
    }

    @Test
    void metrics_count_availability_requests_in_seconds() {
        for (int i = 0; i < 3; i++) {
            assertThat(Http.get(app("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT")).status())
                    .isEqualTo(200);
        }

        // loopback is allowed by default: no token needed
        Http.Answer metrics = Http.get(loopback("/metrics"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        String text = metrics.body();
        assertThat(text).contains("# TYPE citas_availability_seconds summary\n",
                "# TYPE citas_availability_seconds_max gauge\n", "# TYPE citas_holds_seconds summary\n",
                "# TYPE memory_usedHeap_bytes gauge\n", "# TYPE gc_time_seconds_total counter\n");
        assertThat(value(text, "citas_availability_seconds_count{mp_scope=\"application\"}")).isGreaterThanOrEqualTo(3);
        double sum = value(text, "citas_availability_seconds_sum{mp_scope=\"application\"}");
        double median = value(text, "citas_availability_seconds{mp_scope=\"application\",quantile=\"0.5\"}");
        double max = value(text, "citas_availability_seconds_max{mp_scope=\"application\"}");
        // a request takes milliseconds: in seconds that is a small fraction, never millions
        assertThat(median).as("median in seconds").isGreaterThan(0).isLessThan(30).isLessThanOrEqualTo(max);
        assertThat(max).as("slowest in seconds").isLessThanOrEqualTo(sum).isLessThan(60);
        assertThat(text.lines().filter(line -> line.startsWith("# TYPE memory_usedHeap_bytes "))).as("written once")
                .hasSize(1);
    }

    @Test
    void metrics_refuse_a_wrong_token_even_from_loopback_with_one_line() {
        Http.Answer wrong = Http.get(loopback("/metrics"), "Authorization", "Bearer not-the-metrics-token");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer ").contains("invalid_token");
        assertShortRefusal(wrong);

        Http.Answer payarasOldAddress = Http.get(loopback("/metrics/application"));
        assertThat(payarasOldAddress.status()).isEqualTo(404);
        assertShortRefusal(payarasOldAddress);
    }

    @Test
    void metrics_forwarded_by_a_proxy_nobody_trusts_need_the_token() {
        // a proxy on this machine, not listed in citas.trusted-proxies: the client it forwards may be anywhere
        Http.Answer forwarded = Http.get(loopback("/metrics"), "X-Forwarded-For", "203.0.113.9");
        assertThat(forwarded.status()).isEqualTo(401);
        assertThat(forwarded.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"citas-metrics\"");
        assertShortRefusal(forwarded);

        Http.Answer withToken = Http.get(loopback("/metrics?scope=application"), "X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.body()).contains("citas_availability_seconds").doesNotContain("mp_scope=\"base\"");
    }

    @Test
    void metrics_from_another_address_need_the_token() throws Exception {
        // Payara Micro names the machine's own network address as the test's base, not loopback
        assumeFalse(InetAddress.getByName(base.getHost()).isLoopbackAddress(), "the base address is loopback");

        Http.Answer refused = Http.get(server("/metrics"));
        assertThat(refused.status()).isEqualTo(401);
        assertShortRefusal(refused);

        Http.Answer allowed = Http.get(server("/metrics"), "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains("# TYPE citas_availability_seconds summary\n");
    }

    private static void assertShortRefusal(Http.Answer answer) {
        assertThat(answer.contentType()).startsWith("text/plain");
        assertThat(answer.body()).hasLineCount(1).hasSizeLessThan(120).doesNotContain("Exception", ".java:")
                .doesNotContainPattern("at [\\w.$]+\\(").doesNotContain("# TYPE");
    }

    /** The value of the sample written as {@code series}, e.g. {@code name{label="x"}}. */
    private static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .orElseThrow(() -> new AssertionError("no sample " + series + " in\n" + text));
    }

    @Test
    void openapi_describes_the_public_api_and_its_problems() {
        Http.Answer openapi = Http.get(server("/openapi"));

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/offices:", "/api/v1/offices/{id}:",
                "/api/v1/offices/{id}/availability:", "/api/v1/procedures:", "/api/v1/appointments:",
                "/api/v1/appointments/{code}:", "/api/v1/appointments/{code}/verification:", "application/problem+json",
                "\"422\"", "Citas INM");
        assertThat(openapi.body()).doesNotContain("application.wadl");
    }

    @Test
    void the_booking_site_is_served_at_the_root_in_the_browser_language_and_spanish_otherwise() {
        Http.Answer page = Http.get(app(""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<html[^>]* lang=\"es\"").contains("Citas INM", "Agende su cita");

        assertThat(Http.get(app(""), "Accept-Language", "en-GB,en;q=0.8").body())
                .containsPattern("<html[^>]* lang=\"en\"").contains("Book your appointment");
        assertThat(Http.get(app(""), "Accept-Language", "fr-FR,de;q=0.8").body())
                .as("neither Spanish nor English asked for").containsPattern("<html[^>]* lang=\"es\"");
        assertThat(Http.get(app(""), "Accept-Language", "fr-FR,en;q=0.5").body())
                .containsPattern("<html[^>]* lang=\"en\"");
    }

    @Test
    void the_manage_page_has_a_clean_address_and_unknown_pages_a_friendly_answer() {
        Http.Answer manage = Http.get(app("manage"));
        assertThat(manage.status()).isEqualTo(200);
        assertThat(manage.body()).contains("Consultar, cambiar o cancelar una cita");

        Http.Answer missing = Http.get(app("no-such-page"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Citas INM").doesNotContain(".java:")
                .doesNotContainPattern("at [\\w.$]+\\(");
    }

    private URI app(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    /** The same server reached through 127.0.0.1, one of the addresses that read the metrics by default. */
    private URI loopback(String absolutePath) {
        return URI.create("http://127.0.0.1:" + base.getPort() + absolutePath);
    }

    private URI server(String absolutePath) {
        return URI.create(base.toString()).resolve(absolutePath);
    }
}
