package mx.gob.inm.citas.adapters.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Adapter: the API's edge, before anything reads a request. A body is at most {@value #MAX_BODY} bytes: a larger
 * declared length is a 413 problem at once, and a chunked body that grows past it fails while being read (also a
 * 413, from {@link ProblemMapper}), so no request makes the server hold megabytes. The OpenAPI description answers
 * GET and HEAD only.
 */
/* mapped in the web fragment: the API and /openapi, right after the security headers; asynchronous, so that the
   call display's event streams hold no thread while they wait */
@WebFilter(filterName = "apiEdge", asyncSupported = true)
public class ApiEdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 64 KiB: the largest request the API takes (a hold) is well under 2 KiB. */
    public static final int MAX_BODY = 64 * 1024;
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/openapi") && !READ_ONLY.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            ProblemResponses.write(response, 405, request.getRequestURI());
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            // the body is not read: the connection is closed after the answer rather than drained
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, 413, request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedBody(request), response);
    }

    /** The request with a body that refuses to be read past {@link #MAX_BODY} bytes. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > MAX_BODY) {
                throw new PayloadTooLargeException(MAX_BODY);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
