package mx.gob.inm.citas.adapters.web.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adapter: the gate in front of {@code /metrics}, decided by {@link MetricsAccess} on the client's address (as the
 * quotas read it, behind trusted proxies only) and the {@code Authorization} header. A refusal is one line of text
 * with 401 and a {@code WWW-Authenticate: Bearer} challenge, or 403 where no token would help. The settings are read
 * when the application starts; a malformed address is logged then (SEVERE, naming the setting) and every request
 * for the metrics gets a 503 until it is fixed: the booking site goes on, the metrics are never open by mistake. A
 * request it lets through is marked, and {@link MetricsServlet} serves no other, so the metrics stay shut should
 * the container ever run the servlet without this filter.
 */
@WebFilter(filterName = "metricsAccess", urlPatterns = {MetricsServlet.PATH, MetricsServlet.PATH + "/*"})
public class MetricsAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsAccessFilter.class.getName());
    static final String REALM = "Bearer realm=\"citas-metrics\"";
    /** The request attribute that marks a request this filter let through. */
    static final String PASSED = MetricsAccessFilter.class.getName() + ".passed";

    @Inject
    @ConfigProperty(name = "citas.metrics.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "citas.metrics.addresses", defaultValue = MetricsAccess.LOOPBACK)
    String addresses;

    @Inject
    Clients clients;

    private transient MetricsAccess access;

    @Override
    public void init() {
        try {
            access = new MetricsAccess(token, addresses);
        } catch (IllegalArgumentException malformed) {
            LOG.severe(() -> "Citas INM refuses every request for " + MetricsServlet.PATH + " until this setting is"
                    + " fixed: " + malformed.getMessage());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (access == null) {
            refuse(response, 503, null, "The metrics settings are malformed; the server's log says which.");
            return;
        }
        MetricsAccess.Verdict verdict = access.decide(clients.originOf(request), request.getHeader("Authorization"));
        switch (verdict) {
            case ALLOWED -> {
                request.setAttribute(PASSED, Boolean.TRUE);
                chain.doFilter(request, response);
            }
            case TOKEN_REQUIRED -> refuse(response, 401, REALM,
                    "Reading the metrics needs the metrics token (Authorization: Bearer) or an allowed address.");
            case WRONG_TOKEN -> refuse(response, 401, REALM + ", error=\"invalid_token\"",
                    "This is not the metrics token.");
            case ADDRESS_REFUSED -> refuse(response, 403, null,
                    "The metrics are read only from the addresses in citas.metrics.addresses.");
        }
    }

    private static void refuse(HttpServletResponse response, int status, String challenge, String message)
            throws IOException {
        response.setStatus(status);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        MetricsServlet.writeText(response, message);
    }
}
