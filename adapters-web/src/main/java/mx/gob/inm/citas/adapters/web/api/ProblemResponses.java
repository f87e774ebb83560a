package mx.gob.inm.citas.adapters.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Problem details written straight to a servlet response, for answers given outside JAX-RS: the API's edge filter,
 * and the container's own errors under the API (an unknown path, a method, a malformed request) routed to
 * {@code ErrorPageServlet}. The same members as {@link Problem}, with the detail of {@link ProblemMapper}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Writes an {@code about:blank} problem with the status's standard title and this API's detail for it. */
    public static void write(HttpServletResponse response, int status, String instance) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", "about:blank").add("title", title(status))
                .add("status", status).add("detail", ProblemMapper.detailOf(status));
        if (instance != null) {
            json.add("instance", instance);
        }
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> status >= 500 ? "Server Error" : "Bad Request";
        };
    }
}
