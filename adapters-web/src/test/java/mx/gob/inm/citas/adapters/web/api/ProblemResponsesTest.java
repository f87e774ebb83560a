package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import mx.gob.inm.citas.adapters.web.fakes.RecordingResponse;
import org.junit.jupiter.api.Test;

/** A problem written outside JAX-RS reads as the mapper's do: the same members, the type, and an exact length. */
class ProblemResponsesTest {

    private final RecordingResponse response = new RecordingResponse();

    @Test
    void a_problem_carries_the_status_its_standard_title_the_detail_and_where_it_happened() throws Exception {
        ProblemResponses.write(response.servletResponse(), 404, "/citas/api/v1/nowhere");

        JsonObject problem = response.json();
        assertThat(response.status()).isEqualTo(404);
        assertThat(problem.keySet()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).isEqualTo(ProblemMapper.detailOf(404)).contains("/api/v1");
        assertThat(problem.getString("instance")).isEqualTo("/citas/api/v1/nowhere");
    }

    @Test
    void the_declared_length_is_that_of_the_body_in_utf_8() throws Exception {
        ProblemResponses.write(response.servletResponse(), 413, "/citas/api/v1/appointments/señor");

        assertThat(response.contentLength()).isEqualTo(response.bodyBytes().length);
        assertThat(response.body().length()).isLessThan(response.bodyBytes().length);
        assertThat(response.characterEncoding()).isEqualTo("UTF-8");
        assertThat(response.json().getString("instance")).isEqualTo("/citas/api/v1/appointments/señor");
    }

    @Test
    void without_an_address_the_problem_has_no_instance_member() throws Exception {
        ProblemResponses.write(response.servletResponse(), 503, null);

        assertThat(response.json().containsKey("instance")).isFalse();
        assertThat(response.json().getString("title")).isEqualTo("Service Unavailable");
    }
}
