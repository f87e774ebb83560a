package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Fake of an {@link HttpServletResponse} that keeps what a filter wrote: status, headers, type and body. */
public final class RecordingResponse {

    private int status = 200;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String contentType;
    private String characterEncoding;
    private long contentLength = -1;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final HttpServletResponse response;

    public RecordingResponse() {
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
                throw new UnsupportedOperationException("RecordingResponse writes blocking only");
            }
        };
        response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, called, args) -> {
                    switch (called.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getHeader" -> {
                            return header((String) args[0]);
                        }
                        case "setContentType" -> contentType = (String) args[0];
                        case "setCharacterEncoding" -> characterEncoding = (String) args[0];
                        case "setContentLength" -> contentLength = (Integer) args[0];
                        case "setContentLengthLong" -> contentLength = (Long) args[0];
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "getStatus" -> {
                            return status;
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "getCharacterEncoding" -> {
                            return characterEncoding == null ? "UTF-8" : characterEncoding;
                        }
                        case "toString" -> {
                            return "response " + status;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> throw new UnsupportedOperationException("RecordingResponse does not answer "
                                + called.getName());
                    }
                    return null;
                });
    }

    public HttpServletResponse servletResponse() {
        return response;
    }

    public int status() {
        return status;
    }

    /** A header as set, {@code Content-Type} and {@code Content-Length} included. */
    public String header(String name) {
        if ("Content-Type".equalsIgnoreCase(name)) {
            return contentType;
        }
        if ("Content-Length".equalsIgnoreCase(name)) {
            return contentLength < 0 ? null : String.valueOf(contentLength);
        }
        return headers.get(name);
    }

    public String contentType() {
        return contentType;
    }

    public String characterEncoding() {
        return characterEncoding;
    }

    public long contentLength() {
        return contentLength;
    }

    public byte[] bodyBytes() {
        return body.toByteArray();
    }

    public String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The body read as a JSON object (fails the test if it is not one). */
    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body()))) {
            return reader.readObject();
        }
    }
}
