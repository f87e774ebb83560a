package mx.gob.inm.citas.adapters.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Console posts come from the console's own pages: a form post whose {@code Origin} (or, without one, whose
 * {@code Referer}) is another site, or that carries neither, is refused with a 403 before anything reads it. The
 * session cookie is {@code SameSite=Lax} as well; this check also holds where a browser ignores that. The origins
 * accepted are the one the request was addressed to and the public one in {@code citas.base-url} (behind a proxy).
 */
/* mapped in the web fragment: /console/*, before the console's session check */
@WebFilter(filterName = "consoleSameOrigin")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String REFUSAL = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\">"
            + "<title>Solicitud rechazada</title></head><body><h1>Solicitud rechazada</h1><p>Este formulario no se"
            + " envió desde la consola de Citas INM. Vuelva a abrir la página de la consola e inténtelo de nuevo.</p>"
            + "<p><a href=\"%s/console/\">Ir a la consola</a></p></body></html>";

    @Inject
    @ConfigProperty(name = "citas.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isStateChanging(request.getMethod()) && !fromHere(request)) {
            byte[] page = String.format(REFUSAL, request.getContextPath()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStateChanging(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private boolean fromHere(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = originOf(request.getHeader("Referer")).orElse(null);
        }
        if (origin == null) {
            return false;
        }
        String claimed = origin.toLowerCase(Locale.ROOT);
        return claimed.equals(addressedOrigin(request)) || originOf(baseUrl).filter(claimed::equals).isPresent();
    }

    /** The origin this request was sent to, as the server saw it (scheme, host, and a port other than the default). */
    private static String addressedOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80
                    || "https".equals(scheme) && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
