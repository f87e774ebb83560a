package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators rely on: readiness, metrics, the OpenAPI description and the landing page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

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
    void metrics_count_availability_requests() {
        Http.get(app("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT"));

        Http.Answer metrics = Http.get(server("/metrics"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("availability");
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
    void the_landing_page_is_served_at_the_root_in_spanish() {
        Http.Answer page = Http.get(app(""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"", "Citas INM");
    }

    private URI app(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private URI server(String absolutePath) {
        return URI.create(base.toString()).resolve(absolutePath);
    }
}
