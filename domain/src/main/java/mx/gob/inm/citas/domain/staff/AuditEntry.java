package mx.gob.inm.citas.domain.staff;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * One line of the audit log: who did what, when, in which office and to what (a confirmation code, a username, a
 * day). Entries are only ever added. {@code actor} is the username as given, also for refused sign-ins of
 * accounts that do not exist, so it is plain text.
 */
public record AuditEntry(Instant at, String actor, AuditAction action, OfficeId office, String subject,
        String detail) {

    public static final int MAX_TEXT = 500;

    public AuditEntry {
        requirePresent(at, "Time");
        requirePresent(action, "Action");
        actor = clip(actor == null || actor.isBlank() ? "?" : actor.strip(), 100);
        subject = clip(subject == null ? "" : subject, 200);
        detail = clip(detail == null ? "" : detail, MAX_TEXT);
    }

    public Optional<OfficeId> officeIfAny() {
        return Optional.ofNullable(office);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
