package mx.gob.inm.citas.adapters.mail;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to send mail: through the SMTP server at {@code host} when there is one, otherwise into {@code outboxDir} as
 * {@code .eml} files; {@code baseUrl} is where links in messages point (for example the manage page).
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        boolean startTls, String from, String baseUrl, Path outboxDir) {

    public MailSettings {
        host = host.map(String::strip).filter(h -> !h.isEmpty());
        user = user.filter(u -> !u.isBlank());
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The domain that qualifies Message-IDs and calendar UIDs: the part of {@code from} after the @. */
    public String domain() {
        int at = from.lastIndexOf('@');
        String domain = at >= 0 ? from.substring(at + 1).replace(">", "").strip() : "citas.inm.gob.mx";
        return domain.isEmpty() ? "citas.inm.gob.mx" : domain;
    }
}
