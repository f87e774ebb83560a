package mx.gob.inm.citas.adapters.web.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Adapter: {@code GET /metrics} in the Prometheus text format with durations in seconds ({@link PrometheusText}):
 * the JVM's base metrics ({@link JvmMetrics}) and the application's registry (its timers);
 * {@code ?scope=base|application} for one of them. It takes the address Payara Micro gives its own metrics endpoint,
 * which then stays unmapped (a servlet that a container initializer adds at an address the application already maps
 * gets no mapping): that endpoint writes timer quantiles in nanoseconds under names that say seconds and lists the
 * base metrics twice. Who may read it is {@link MetricsAccessFilter}'s to say.
 */
@WebServlet(name = "metrics", urlPatterns = {MetricsServlet.PATH, MetricsServlet.PATH + "/*"})
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/metrics";
    /** Prometheus' text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    transient MetricRegistry application;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getAttribute(MetricsAccessFilter.PASSED) == null) {
            response.setStatus(503);
            writeText(response, "The metrics are served only behind their access check.");
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setStatus(405);
            response.setHeader("Allow", "GET, HEAD");
            writeText(response, "The metrics are only read (GET).");
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            response.setStatus(404);
            writeText(response, "The metrics are at " + PATH + "; one scope at " + PATH + "?scope=base or " + PATH
                    + "?scope=application.");
            return;
        }
        String scope = request.getParameter("scope");
        boolean base = scope == null || scope.equals(MetricRegistry.BASE_SCOPE);
        boolean app = scope == null || scope.equals(MetricRegistry.APPLICATION_SCOPE);
        if (!base && !app) {
            response.setStatus(404);
            writeText(response, "No such metrics scope: the scopes are base and application.");
            return;
        }
        PrometheusText text = new PrometheusText();
        if (base) {
            JvmMetrics.addTo(text);
        }
        if (app) {
            text.add(MetricRegistry.APPLICATION_SCOPE, application.getMetrics(), application.getMetadata());
        }
        byte[] body = text.text().getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A short answer in one line of plain text: what a scraper or a person with curl reads. */
    static void writeText(HttpServletResponse response, String line) throws IOException {
        byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
