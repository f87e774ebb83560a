package mx.gob.inm.citas.adapters.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page whose view is gone is the client's stale request, not a server failure: the "page expired" page shown for
 * it answers 400, not the 500 the container gives every exception it routes to an error page.
 */
@WebFilter(filterName = "expiredPageStatus", urlPatterns = "/expired.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ExpiredPageStatus extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        chain.doFilter(request, response);
    }
}
