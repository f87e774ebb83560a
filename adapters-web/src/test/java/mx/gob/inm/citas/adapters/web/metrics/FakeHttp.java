package mx.gob.inm.citas.adapters.web.metrics;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests and responses of the servlet API without a container: a request answers what a test gave it (method,
 * address, query parameters, headers, client address); a response records its status, headers and body. Anything
 * else a servlet asks for is a test failure, so a test cannot pass on a question it did not foresee.
 */
final class FakeHttp {

    private FakeHttp() {
    }

    /**
     * {@code target}: the path under the application with an optional query, e.g. {@code /metrics?scope=base}. The
     * request keeps the attributes set on it.
     */
    static HttpServletRequest request(String method, String target, String remoteAddress, String... headerPairs) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(equals < 0 ? pair : pair.substring(0, equals),
                        equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i].toLowerCase(Locale.ROOT), headerPairs[i + 1]);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        String servletPath = path.startsWith(MetricsServlet.PATH) ? MetricsServlet.PATH : path;
        String pathInfo = path.length() > servletPath.length() ? path.substring(servletPath.length()) : null;
        return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getHeaders" -> java.util.Collections.enumeration(
                            headers.containsKey(((String) args[0]).toLowerCase(Locale.ROOT))
                                    ? java.util.List.of(headers.get(((String) args[0]).toLowerCase(Locale.ROOT)))
                                    : java.util.List.<String>of());
                    case "getRemoteAddr" -> remoteAddress;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getProtocol" -> "HTTP/1.1";
                    case "toString" -> method + " " + target + " from " + remoteAddress;
                    default -> throw new AssertionError("the request was not expected to be asked " + called);
                });
    }

    /** What a servlet or filter answered. */
    static final class Answer {

        int status = 200;
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final HttpServletResponse response;

        Answer() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
            response = (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, called, args) -> {
                        switch (called.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setHeader", "addHeader" -> headers.put(((String) args[0]).toLowerCase(Locale.ROOT),
                                    (String) args[1]);
                            case "getHeader" -> {
                                return headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                            }
                            case "setContentType" -> headers.put("content-type", (String) args[0]);
                            case "setContentLength" -> headers.put("content-length", String.valueOf(args[0]));
                            case "setContentLengthLong" -> headers.put("content-length", String.valueOf(args[0]));
                            case "getOutputStream" -> {
                                return out;
                            }
                            case "isCommitted" -> {
                                return false;
                            }
                            case "getCharacterEncoding" -> {
                                return "UTF-8";
                            }
                            case "toString" -> {
                                return "response " + status;
                            }
                            default -> throw new AssertionError("the response was not expected to be asked " + called);
                        }
                        return null;
                    });
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
