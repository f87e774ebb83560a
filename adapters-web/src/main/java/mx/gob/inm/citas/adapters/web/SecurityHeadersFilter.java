package mx.gob.inm.citas.adapters.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.api.ProblemResponses;
import mx.gob.inm.citas.adapters.web.api.PublicApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response, set before the application writes anything, on error pages and forwards as
 * well as requests. The pages may not be framed (clickjacking), the browser may not guess content types, other sites
 * learn no more than our origin from links, no page may use the camera, microphone, location or payments, and the
 * content security policy confines scripts, styles, forms and plugins to this origin. Faces and PrimeFaces write
 * inline scripts, which the policy has to allow; nothing may evaluate strings as code (no {@code unsafe-eval}: the
 * browser tests fail on anything the policy blocks). Over HTTPS, browsers
 * are told to come back only over HTTPS ({@code citas.hsts-seconds}; 0 leaves it out). Console pages show personal
 * data: no cache keeps them.
 */
/* mapped in the web fragment, first of the filters, on every dispatch; asynchronous, for the API's event streams */
@WebFilter(filterName = "securityHeaders", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " interest-cohort=()";

    private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";

    @Inject
    @ConfigProperty(name = "citas.hsts-seconds", defaultValue = "31536000")
    long hstsSeconds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (hstsSeconds > 0 && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsSeconds + "; includeSubDomains");
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/console/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        // an error page keeps the request's method but not its address: judge the address the client asked for
        Object asked = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String uri = asked instanceof String address ? address : request.getRequestURI();
        boolean api = uri.startsWith(request.getContextPath() + PublicApi.PATH);
        // only the API serves PATCH; a servlet that does not know a method (Payara's /health, /openapi) says 501
        if (request.getDispatcherType() != DispatcherType.FORWARD && (!SERVED.contains(request.getMethod())
                || !api && "PATCH".equals(request.getMethod()))) {
            // TRACE would echo a request, cookies and all, to a script (cross-site tracing; the listener lets it
            // through only so that it is refused here); methods HTTP does not define are the client's mistake
            response.setHeader("Allow", api ? ALLOW : ALLOW.replace(", PATCH", ""));
            if (api) {
                ProblemResponses.write(response, 405, uri);
            } else {
                response.sendError(405);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
