package mx.gob.inm.citas.adapters.web.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Adapter: the clean address of an office's call display, {@code /display/cdmx-ciudad-de-mexico}, served by the
 * Faces page {@code display.xhtml} with the office as its parameter ({@link DisplayView}). {@code /display} itself
 * is the page without an office (Faces' own extensionless mapping, which an exact address wins over this one); a
 * deeper path is not an address of the site.
 */
@WebServlet(name = "displayAddress", urlPatterns = DisplayAddress.PATH + "/*")
public class DisplayAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/display";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String view = view(request.getPathInfo());
        if (view == null) {
            response.sendError(404);
            return;
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** The Faces view that serves the path after {@code /display}, or null when none does. */
    static String view(String pathInfo) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return "/display.xhtml";
        }
        String office = pathInfo.substring(1);
        if (office.isEmpty() || office.contains("/")) {
            return null;
        }
        // any segment: the page says when no office has that id
        return "/display.xhtml?office=" + URLEncoder.encode(office, StandardCharsets.UTF_8);
    }
}
