package mx.gob.inm.citas.adapters.web.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.limits.AddressBlocks;

/**
 * Who may read the metrics: a request that shows the metrics token as a bearer token ({@code citas.metrics.token}),
 * or one without credentials from an allowed address ({@code citas.metrics.addresses}: addresses and CIDR blocks,
 * loopback unless told otherwise, {@code none} for no address). A request that shows any other credentials is
 * refused wherever it comes from: a scraper with a wrong token is told so rather than let in by its address.
 */
final class MetricsAccess {

    /** The default of {@code citas.metrics.addresses}: this machine only. */
    static final String LOOPBACK = "127.0.0.0/8, ::1";
    static final String NONE = "none";

    /** What a request gets. */
    enum Verdict {
        ALLOWED,
        /** 401: no credentials, from an address that is not allowed, while a token would be accepted. */
        TOKEN_REQUIRED,
        /** 401: credentials that are not the metrics token (or a token while none is configured). */
        WRONG_TOKEN,
        /** 403: from an address that is not allowed, and no token is configured. */
        ADDRESS_REFUSED
    }

    private final byte[] tokenDigest;
    private final AddressBlocks addresses;

    /**
     * {@code token}: the bearer token, empty or blank for none; {@code addresses}: comma-separated addresses and
     * CIDR blocks, or {@code none}. A malformed entry is refused here, naming the setting.
     */
    MetricsAccess(Optional<String> token, String addresses) {
        String secret = token.map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        this.tokenDigest = secret == null ? null : digest(secret);
        this.addresses = new AddressBlocks("citas.metrics.addresses",
                addresses == null || NONE.equalsIgnoreCase(addresses.strip()) ? "" : addresses);
    }

    /**
     * {@code origin}: the client's address, null when unknown (forwarded by a proxy that is not trusted);
     * {@code authorization}: the request's {@code Authorization} header, null when it has none.
     */
    Verdict decide(String origin, String authorization) {
        if (authorization != null) {
            return tokenDigest != null && MessageDigest.isEqual(tokenDigest, digest(bearer(authorization)))
                    ? Verdict.ALLOWED : Verdict.WRONG_TOKEN;
        }
        if (origin != null && addresses.contains(origin)) {
            return Verdict.ALLOWED;
        }
        return tokenDigest != null ? Verdict.TOKEN_REQUIRED : Verdict.ADDRESS_REFUSED;
    }

    /** The credentials of a {@code Bearer} header; anything else is no token (and can match none). */
    private static String bearer(String authorization) {
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return "";
        }
        return header.substring(space + 1).strip();
    }

    /** Compared as digests: equal length whatever was sent, so the comparison tells nothing of the token. */
    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
