package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Fake of an {@link HttpServletRequest} as a container hands it to a filter: built, then read. */
public final class FakeRequest {

    private final String method;
    private final String uri;
    private String contextPath = "";
    private String scheme = "http";
    private String serverName = "localhost";
    private int serverPort = 8080;
    private String remoteAddr = "192.0.2.10";
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private long contentLength = -1;
    private byte[] body = new byte[0];
    private String servletPath;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    /** {@code target}: the path with an optional query, whose parameters the request then gives. */
    private FakeRequest(String method, String target) {
        this.method = method;
        int question = target.indexOf('?');
        this.uri = question < 0 ? target : target.substring(0, question);
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(equals < 0 ? pair : pair.substring(0, equals),
                        equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
    }

    public static FakeRequest get(String uri) {
        return new FakeRequest("GET", uri);
    }

    public static FakeRequest post(String uri) {
        return new FakeRequest("POST", uri);
    }

    public static FakeRequest request(String method, String uri) {
        return new FakeRequest(method, uri);
    }

    /** The application's context path; the URI given at the start must begin with it. */
    public FakeRequest contextPath(String path) {
        this.contextPath = path;
        return this;
    }

    /** The servlet's mapping the path falls under ({@code /metrics} for {@code /metrics/x}): the rest is path info. */
    public FakeRequest servlet(String path) {
        this.servletPath = path;
        return this;
    }

    /** Where the request was addressed, as the server saw it (scheme, Host and port). */
    public FakeRequest addressedTo(String scheme, String host, int port) {
        this.scheme = scheme;
        this.serverName = host;
        this.serverPort = port;
        return this;
    }

    /** The direct peer's address. */
    public FakeRequest from(String address) {
        this.remoteAddr = address;
        return this;
    }

    /** One more line of this header (a repeated header keeps its lines in order). */
    public FakeRequest header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** A body sent with its {@code Content-Length}. */
    public FakeRequest body(byte[] bytes) {
        this.body = bytes.clone();
        this.contentLength = bytes.length;
        return this;
    }

    /** A body sent chunked: no length is declared. */
    public FakeRequest chunked(byte[] bytes) {
        this.body = bytes.clone();
        this.contentLength = -1;
        return this;
    }

    /** A declared {@code Content-Length} with no body behind it (a filter must not read it). */
    public FakeRequest declaring(long length) {
        this.contentLength = length;
        this.body = new byte[0];
        return this;
    }

    public HttpServletRequest build() {
        ServletInputStream in = new BytesInputStream(body);
        String mapped = servletPath != null && uri.startsWith(servletPath) ? servletPath : uri;
        String pathInfo = uri.length() > mapped.length() ? uri.substring(mapped.length()) : null;
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> contextPath;
                    case "getScheme" -> scheme;
                    case "getServerName" -> serverName;
                    case "getServerPort" -> serverPort;
                    case "getRemoteAddr" -> remoteAddr;
                    case "getContentLengthLong" -> contentLength;
                    case "getContentLength" -> contentLength > Integer.MAX_VALUE ? -1 : (int) contentLength;
                    case "getHeader" -> headers.containsKey((String) args[0])
                            ? headers.get((String) args[0]).get(0) : null;
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    case "getInputStream" -> in;
                    case "getServletPath" -> mapped;
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getProtocol" -> "HTTP/1.1";
                    case "toString" -> method + " " + uri;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("FakeRequest does not answer "
                            + called.getName());
                });
    }

    /** Text as UTF-8 bytes, for bodies. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class BytesInputStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        BytesInputStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("FakeRequest reads blocking only");
        }
    }
}
