package mx.gob.inm.citas.adapters.web.metrics;

import jakarta.servlet.http.HttpServletRequest;
import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;

/** Requests to the metrics endpoint, built with the shared fakes. */
final class FakeHttp {

    private FakeHttp() {
    }

    /** {@code target}: the path under the application with an optional query, e.g. {@code /metrics?scope=base}. */
    static HttpServletRequest request(String method, String target, String remoteAddress, String... headerPairs) {
        FakeRequest request = FakeRequest.request(method, target).from(remoteAddress).servlet(MetricsServlet.PATH);
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        return request.build();
    }
}
