package mx.gob.inm.citas.application.service;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;

/** What is said about an appointment, in the applicant's language and the office's time zone. */
final class NotificationContent {

    private NotificationContent() {
    }

    /** {@code linkKey}: the confirm link's key, said in verification mails only; null for any other mail. */
    static Notification of(String messageId, NotificationKind kind, Appointment appointment, Office office,
            Procedure procedure, Instant start, int sequence, ChangePolicy changes, Instant now, String linkKey) {
        Language language = appointment.applicant().language();
        var zone = office.timeZone();
        return new Notification(messageId, kind, language, appointment.applicant().email().map(EmailAddress::value).orElse(null),
                appointment.applicant().fullName(), appointment.code().value(),
                kind == NotificationKind.VERIFICATION ? appointment.verificationCode() : null,
                appointment.holdExpiresAt().atZone(zone), office.name(), office.address(),
                start.atZone(zone), start.plus(appointment.duration()).atZone(zone),
                procedure.name().in(language), procedure.requirements().stream().map(r -> r.in(language)).toList(),
                sequence, appointment.applicant().nationality().code(), appointment.applicant().passport().masked(),
                changes.deadline(start, now).map(deadline -> deadline.atZone(zone)).orElse(null), reasonOf(kind, appointment),
                kind == NotificationKind.VERIFICATION ? linkKey : null);
    }

    /** Staff's reason, in the mails of what staff did: a cancellation by the office and a move. */
    private static String reasonOf(NotificationKind kind, Appointment appointment) {
        return kind == NotificationKind.CANCELLED_BY_OFFICE || kind == NotificationKind.RESCHEDULE
                ? appointment.staffReason().orElse(null) : null;
    }
}
