package mx.gob.inm.citas.application.port.out;

import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * Everything a notification says, already in the applicant's language and the office's time zone: the sender
 * renders it, it decides nothing.
 *
 * @param messageId stable per outbox message, so a resent message is the same message
 * @param sequence the version of the calendar invitation (0 when confirmed, +1 per move and cancellation)
 */
public record Notification(String messageId, NotificationKind kind, Language language, String recipient,
        String applicantName, String confirmationCode, String verificationCode, ZonedDateTime holdExpiresAt,
        String officeName, String officeAddress, ZonedDateTime start, ZonedDateTime end, String procedureName,
        List<String> requirements, int sequence) {

    public Notification {
        requirements = List.copyOf(requirements);
    }
}
