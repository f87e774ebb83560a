package mx.gob.inm.citas.application.port.out;

/** What a notification tells the applicant. */
public enum NotificationKind {
    VERIFICATION,
    CONFIRMATION,
    RESCHEDULE,
    CANCELLATION,
    REMINDER
}
