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
 * @param nationality the applicant's nationality, an ISO 3166-1 alpha-3 code
 * @param maskedPassport the passport number with all but its last three characters hidden
 * @param changeDeadline until when the applicant may still cancel or move online, in the office's zone; null when
 *     that time has passed
 * @param reason why staff cancelled or moved the appointment, as they wrote it; null when they gave none
 * @param linkKey the key of the confirm link, in verification mails only (null otherwise): unguessable, unlike
 *     the 6-digit {@code verificationCode} that the mail also carries for typing
 */
public record Notification(String messageId, NotificationKind kind, Language language, String recipient,
        String applicantName, String confirmationCode, String verificationCode, ZonedDateTime holdExpiresAt,
        String officeName, String officeAddress, ZonedDateTime start, ZonedDateTime end, String procedureName,
        List<String> requirements, int sequence, String nationality, String maskedPassport,
        ZonedDateTime changeDeadline, String reason, String linkKey) {

    public Notification {
        requirements = List.copyOf(requirements);
    }
}
