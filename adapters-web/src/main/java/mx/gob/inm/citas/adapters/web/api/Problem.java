package mx.gob.inm.citas.adapters.web.api;

import java.util.List;

/**
 * An RFC 9457 problem detail: {@code type} names the kind of problem, {@code title} summarises it, {@code detail}
 * explains this occurrence to a person, and {@code errors} (an extension member) names each field that failed
 * validation; for a refusal of the domain, {@code code} (an extension member) is its stable code, such as
 * {@code dateRange.reversed}, and {@code detail} says it in the request's language. Absent members are left out of
 * the JSON.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://citas.inm.gob.mx/problems/";

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String detail) {
    }

    /** A problem of a kind this API defines, such as {@code office-not-found}. */
    static Problem of(String kind, String title, int status, String detail, String instance) {
        return new Problem(TYPES + kind, title, status, detail, instance, null, null);
    }

    /** A problem that is nothing more than its HTTP status. */
    static Problem ofStatus(String title, int status, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }

    Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), code);
    }

    /** The problem of a domain refusal: its {@code code}, and its {@code detail} in the request's language. */
    Problem withRefusal(String refusalCode, String refusalDetail) {
        return new Problem(type, title, status, refusalDetail, instance, errors, refusalCode);
    }
}
