package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.core.MediaType;

/**
 * An RFC 9457 problem detail: {@code type} names the kind of problem, {@code title} summarises it, {@code detail}
 * explains this occurrence to a person. Absent members are left out of the JSON.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPES = "https://citas.inm.gob.mx/problems/";

    /** A problem of a kind this API defines, such as {@code office-not-found}. */
    static Problem of(String kind, String title, int status, String detail, String instance) {
        return new Problem(TYPES + kind, title, status, detail, instance);
    }

    /** A problem that is nothing more than its HTTP status. */
    static Problem ofStatus(String title, int status, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }
}
