package mx.gob.inm.citas.domain.staff;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * One line of the audit log: who did what, when, in which office and to what (a confirmation code, a username, a
 * day). Entries are only ever added. {@code actor} is the username as given, also for refused sign-ins of
 * accounts that do not exist, so it is plain text. An entry is never refused for what it quotes: characters that
 * would change how the log or its export reads are replaced by U+FFFD ({@link TypedText#defused}).
 */
public record AuditEntry(Instant at, String actor, AuditAction action, OfficeId office, String subject,
        String detail) {

    public static final int MAX_TEXT = 500;

    public AuditEntry {
        requirePresent(at, "internal", "Time");
        requirePresent(action, "internal", "Action");
        actor = clip(actor == null || actor.isBlank() ? "?" : TypedText.defused(actor.strip()), 100);
        subject = clip(subject == null ? "" : TypedText.defused(subject), 200);
        detail = clip(detail == null ? "" : TypedText.defused(detail), MAX_TEXT);
    }

    public Optional<OfficeId> officeIfAny() {
        return Optional.ofNullable(office);
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        // never half of a character written as a UTF-16 pair (an emoji, a rare ideograph)
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
