package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Fake of the rest of the chain (the API, the pages): records whether a filter let the request through. */
public final class RecordingChain implements FilterChain {

    /** What the rest of the chain does with the request, e.g. read its body. */
    @FunctionalInterface
    public interface Step {
        void serve(HttpServletRequest request) throws IOException, ServletException;
    }

    private final Step step;
    private HttpServletRequest reached;

    public RecordingChain() {
        this(request -> { });
    }

    public RecordingChain(Step step) {
        this.step = step;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
        reached = (HttpServletRequest) request;
        step.serve(reached);
    }

    public boolean wasReached() {
        return reached != null;
    }

    /** The request as the chain received it (possibly wrapped by the filter). */
    public HttpServletRequest request() {
        return reached;
    }
}
