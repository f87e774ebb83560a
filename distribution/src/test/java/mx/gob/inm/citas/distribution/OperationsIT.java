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

    private URI server(String absolutePath) {
        return URI.create(base.toString()).resolve(absolutePath);
    }
}
