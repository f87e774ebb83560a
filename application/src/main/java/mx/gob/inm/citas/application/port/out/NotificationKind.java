package mx.gob.inm.citas.application.port.out;

/** What a notification tells the applicant. */
public enum NotificationKind {
    VERIFICATION,
    CONFIRMATION,
    RESCHEDULE,
    /** The applicant cancelled. */
    CANCELLATION,
    REMINDER,
    /** The office closed on the appointment's day and cancelled it: an apology, with a link to book again. */
    CANCELLED_BY_OFFICE
}
