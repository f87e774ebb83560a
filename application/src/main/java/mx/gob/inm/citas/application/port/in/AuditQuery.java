package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.util.Locale;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.AuditAction;

/**
 * A filter on the audit log; null fields do not filter. {@code from} is inclusive, {@code to} exclusive;
 * {@code subject} matches a confirmation code, a username or any other subject exactly.
 */
public record AuditQuery(String actor, AuditAction action, OfficeId office, String subject, Instant from, Instant to,
        int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        subject = subject == null || subject.isBlank() ? null : subject.strip();
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
