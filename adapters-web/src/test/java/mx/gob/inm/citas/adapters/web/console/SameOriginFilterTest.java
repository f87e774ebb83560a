package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;
import mx.gob.inm.citas.adapters.web.fakes.RecordingChain;
import mx.gob.inm.citas.adapters.web.fakes.RecordingResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A console form posted from the console itself goes through; one posted from another site (or from nowhere a
 * browser will name) gets the Spanish refusal page, and the console never sees it.
 */
class SameOriginFilterTest {

    private static final String FORM = "/citas/console/offices.xhtml";

    private final SameOriginFilter filter = new SameOriginFilter();
    private final RecordingResponse response = new RecordingResponse();
    private final RecordingChain console = new RecordingChain();

    SameOriginFilterTest() {
        filter.baseUrl = "https://citas.inm.gob.mx/citas";
    }

    /** A post as the server sees it, addressed to http://oficina.local:8080. */
    private static FakeRequest post() {
        return FakeRequest.post(FORM).contextPath("/citas").addressedTo("http", "oficina.local", 8080);
    }

    private void send(FakeRequest request) throws Exception {
        filter.doFilter(request.build(), response.servletResponse(), console);
    }

    private void assertRefused() {
        assertThat(console.wasReached()).isFalse();
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<html lang=\"es\">", "Solicitud rechazada",
                "Este formulario no se envió desde la consola de Citas INM",
                "<a href=\"/citas/console/\">Ir a la consola</a>");
        assertThat(response.contentLength()).isEqualTo(response.bodyBytes().length);
    }

    @Test
    void a_post_from_the_origin_it_was_addressed_to_reaches_the_console() throws Exception {
        send(post().header("Origin", "http://oficina.local:8080"));

        assertThat(console.wasReached()).isTrue();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void a_post_from_the_public_origin_of_the_base_url_reaches_the_console_behind_a_proxy() throws Exception {
        send(post().header("Origin", "https://citas.inm.gob.mx"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void an_origin_written_in_capitals_is_the_same_origin() throws Exception {
        send(post().header("Origin", "HTTPS://Citas.INM.gob.mx"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void a_post_from_another_site_is_refused_with_the_spanish_page() throws Exception {
        send(post().header("Origin", "https://evil.example"));

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://oficina.local:8081", "https://oficina.local:8080", "http://oficina.local",
            "http://citas.inm.gob.mx", "https://citas.inm.gob.mx:8443", "https://citas.inm.gob.mx.evil.example",
            "https://evil.example/https://citas.inm.gob.mx"})
    void an_origin_that_differs_in_scheme_host_or_port_is_another_site(String origin) throws Exception {
        send(post().header("Origin", origin));

        assertRefused();
    }

    @Test
    void the_null_origin_of_a_sandboxed_frame_is_refused_even_with_a_console_referer() throws Exception {
        send(post().header("Origin", "null").header("Referer", "http://oficina.local:8080/citas/console/"));

        assertRefused();
    }

    @Test
    void without_an_origin_a_referer_from_a_console_page_is_enough() throws Exception {
        send(post().header("Referer", "http://oficina.local:8080/citas/console/offices.xhtml?id=cdmx"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void without_an_origin_a_referer_from_another_site_is_refused() throws Exception {
        send(post().header("Referer", "https://evil.example/citas/console/offices.xhtml"));

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://oficina.local:8080.evil.example/", "not a url", "/citas/console/", "about:blank"})
    void a_referer_that_names_no_origin_is_refused(String referer) throws Exception {
        send(post().header("Referer", referer));

        assertRefused();
    }

    @Test
    void a_post_with_neither_origin_nor_referer_is_refused() throws Exception {
        send(post());

        assertRefused();
    }

    @Test
    void a_foreign_origin_is_refused_even_beside_a_console_referer() throws Exception {
        send(post().header("Origin", "https://evil.example")
                .header("Referer", "http://oficina.local:8080/citas/console/"));

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void other_methods_that_change_things_are_held_to_the_same_rule(String method) throws Exception {
        send(FakeRequest.request(method, FORM).contextPath("/citas").header("Origin", "https://evil.example"));

        assertRefused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void reading_a_console_page_needs_no_origin(String method) throws Exception {
        send(FakeRequest.request(method, FORM).contextPath("/citas"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void a_request_addressed_to_https_on_443_matches_an_origin_without_a_port() throws Exception {
        send(FakeRequest.post(FORM).contextPath("/citas").addressedTo("https", "oficina.local", 443)
                .header("Origin", "https://oficina.local"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void a_request_addressed_to_http_on_80_matches_a_referer_that_names_port_80() throws Exception {
        send(FakeRequest.post(FORM).contextPath("/citas").addressedTo("http", "oficina.local", 80)
                .header("Referer", "http://oficina.local:80/citas/console/"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void a_base_url_written_with_its_default_port_matches_an_origin_without_one() throws Exception {
        filter.baseUrl = "https://citas.inm.gob.mx:443/";

        send(post().header("Origin", "https://citas.inm.gob.mx"));

        assertThat(console.wasReached()).isTrue();
    }

    @Test
    void port_80_is_not_the_default_of_https() throws Exception {
        send(FakeRequest.post(FORM).contextPath("/citas").addressedTo("https", "oficina.local", 80)
                .header("Origin", "https://oficina.local"));

        assertRefused();
    }
}
