package mx.gob.inm.citas.adapters.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.inm.citas.adapters.web.api.ProblemResponses;
import mx.gob.inm.citas.adapters.web.api.PublicApi;

/**
 * Adapter: every error the container itself answers (an unknown address, a method nobody serves, a malformed
 * request, a failure outside the application's own handlers), routed here by the web fragment's error pages. Under
 * the API it is a problem document, never an HTML page or an empty body; for people it is the site's own page.
 * Nothing here names an exception or a stack.
 */
@WebServlet(name = "errorPages", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/error-page";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            // asked for directly, not as an error page
            uri = request.getRequestURI();
            status = 404;
        }
        if (status == 501) {
            status = 405;
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (uri.startsWith(request.getContextPath() + PublicApi.PATH + "/") || uri.equals(request.getContextPath()
                + PublicApi.PATH)) {
            ProblemResponses.write(response, status, uri);
            return;
        }
        response.setStatus(status);
        request.getRequestDispatcher(status == 404 ? "/not-found.xhtml" : "/error.html").forward(request, response);
    }
}
