package mx.gob.inm.citas.application.port.out;

/** What a notification tells the applicant, and how urgent it is. */
public enum NotificationKind {
    /** A person is waiting on the page for this code, and the hold runs out: sent before anything else. */
    VERIFICATION(0),
    CONFIRMATION(5),
    RESCHEDULE(5),
    /** The applicant cancelled. */
    CANCELLATION(5),
    /** Bulk mail, days ahead: sent after everything else that is due. */
    REMINDER(9),
    /**
     * The office cancelled it: an apology, with a link to book again. Without a {@link Notification#reason} it says
     * the office is closed that day (a closure); with one, it shows staff's reason instead.
     */
    CANCELLED_BY_OFFICE(5);

    private final int priority;

    NotificationKind(int priority) {
        this.priority = priority;
    }

    /** Among messages due, lower numbers are sent first. */
    public int priority() {
        return priority;
    }
}
