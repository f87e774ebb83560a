package mx.gob.inm.citas.adapters.web.api;

import static mx.gob.inm.citas.adapters.web.fakes.FakeRequest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;
import mx.gob.inm.citas.adapters.web.fakes.RecordingChain;
import mx.gob.inm.citas.adapters.web.fakes.RecordingResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's edge as a client meets it: a body over 64 KiB is a 413 problem, whether its length was declared or it
 * just kept coming; the OpenAPI description is read-only. What passes reaches the API unchanged.
 */
class ApiEdgeFilterTest {

    private static final int LIMIT = 64 * 1024;
    private static final String HOLDS = "/citas" + PublicApi.PATH + "/appointments";

    private final ApiEdgeFilter filter = new ApiEdgeFilter();
    private final RecordingResponse response = new RecordingResponse();

    @Test
    void a_declared_body_over_64_KiB_is_answered_413_as_a_problem_without_reaching_the_api() throws Exception {
        RecordingChain api = new RecordingChain();

        filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas").declaring(LIMIT + 1L).build(),
                response.servletResponse(), api);

        assertThat(api.wasReached()).isFalse();
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("Connection")).isEqualTo("close");
        JsonObject problem = response.json();
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Content Too Large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("detail")).contains("64 KiB");
        assertThat(problem.getString("instance")).isEqualTo(HOLDS);
        assertThat(response.contentLength()).isEqualTo(response.bodyBytes().length);
    }

    @Test
    void a_declared_length_of_many_gigabytes_is_refused_the_same_way() throws Exception {
        RecordingChain api = new RecordingChain();

        filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas").declaring(5L * 1024 * 1024 * 1024).build(),
                response.servletResponse(), api);

        assertThat(api.wasReached()).isFalse();
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void a_declared_body_of_exactly_64_KiB_reaches_the_api_whole() throws Exception {
        byte[] sent = filled(LIMIT);
        byte[][] read = new byte[1][];
        RecordingChain api = new RecordingChain(request -> read[0] = request.getInputStream().readAllBytes());

        filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas").body(sent).build(), response.servletResponse(),
                api);

        assertThat(api.wasReached()).isTrue();
        assertThat(read[0]).isEqualTo(sent);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void a_chunked_body_that_grows_past_64_KiB_fails_while_it_is_being_read() {
        RecordingChain api = new RecordingChain(request -> request.getInputStream().readAllBytes());

        assertThatThrownBy(() -> filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas")
                .chunked(filled(LIMIT + 1)).build(), response.servletResponse(), api))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("The request body is larger than 64 KiB");
        assertThat(api.wasReached()).isTrue();
    }

    @Test
    void a_chunked_body_read_a_byte_at_a_time_fails_at_the_first_byte_past_the_limit() {
        int[] readBeforeRefusal = {0};
        RecordingChain api = new RecordingChain(request -> {
            ServletInputStream in = request.getInputStream();
            while (in.read() >= 0) {
                readBeforeRefusal[0]++;
            }
        });

        assertThatThrownBy(() -> filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas")
                .chunked(filled(3 * LIMIT)).build(), response.servletResponse(), api))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThat(readBeforeRefusal[0]).isEqualTo(LIMIT);
    }

    @Test
    void a_chunked_body_that_stays_within_64_KiB_reaches_the_api_unchanged() throws Exception {
        byte[] sent = utf8("{\"officeId\":\"cdmx-ciudad-de-mexico\",\"procedure\":\"CANJE-RT\"}");
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        RecordingChain api = new RecordingChain(request -> {
            // the way a JSON reader pulls a body: small buffers until the end
            byte[] buffer = new byte[7];
            for (int n = request.getInputStream().read(buffer); n >= 0; n = request.getInputStream().read(buffer)) {
                read.write(buffer, 0, n);
            }
        });

        filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas").chunked(sent).build(),
                response.servletResponse(), api);

        assertThat(read.toByteArray()).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void the_openapi_description_refuses_any_method_but_get_and_head_with_405_and_says_which_it_takes(
            String method) throws Exception {
        RecordingChain openapi = new RecordingChain();

        filter.doFilter(FakeRequest.request(method, "/citas/openapi").contextPath("/citas").build(),
                response.servletResponse(), openapi);

        assertThat(openapi.wasReached()).isFalse();
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().getString("title")).isEqualTo("Method Not Allowed");
        assertThat(response.json().getString("instance")).isEqualTo("/citas/openapi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/citas/openapi", "/citas/openapi/openapi.yaml"})
    void the_openapi_description_is_served_to_a_get(String uri) throws Exception {
        RecordingChain openapi = new RecordingChain();

        filter.doFilter(FakeRequest.get(uri).contextPath("/citas").build(), response.servletResponse(), openapi);

        assertThat(openapi.wasReached()).isTrue();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void the_openapi_description_is_served_to_a_head() throws Exception {
        RecordingChain openapi = new RecordingChain();

        filter.doFilter(FakeRequest.request("HEAD", "/openapi").build(), response.servletResponse(), openapi);

        assertThat(openapi.wasReached()).isTrue();
    }

    @Test
    void a_post_to_the_api_is_let_through_with_its_body() throws Exception {
        byte[] sent = utf8("{}");
        byte[][] read = new byte[1][];
        RecordingChain api = new RecordingChain(request -> read[0] = request.getInputStream().readAllBytes());

        filter.doFilter(FakeRequest.post(HOLDS).contextPath("/citas").body(sent).build(), response.servletResponse(),
                api);

        assertThat(api.wasReached()).isTrue();
        assertThat(read[0]).isEqualTo(sent);
    }

    @Test
    void a_delete_under_the_api_is_left_to_the_api_to_answer() throws Exception {
        RecordingChain api = new RecordingChain();

        filter.doFilter(FakeRequest.request("DELETE", HOLDS + "/ABC123").contextPath("/citas").build(),
                response.servletResponse(), api);

        assertThat(api.wasReached()).isTrue();
        assertThat(response.header("Allow")).isNull();
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
