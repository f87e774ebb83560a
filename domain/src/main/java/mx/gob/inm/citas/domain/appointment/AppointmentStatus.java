package mx.gob.inm.citas.domain.appointment;

/** Where an appointment is in its life; see {@link Appointment}. */
public enum AppointmentStatus {
    /** A place is held until the applicant proves the e-mail address is theirs. */
    PENDING_VERIFICATION,
    CONFIRMED,
    CHECKED_IN,
    ATTENDED,
    NO_SHOW,
    /** The hold was not verified in time, or too many wrong codes were typed: the place went back. */
    EXPIRED,
    CANCELLED;

    /** Active appointments hold a place and count against "one per person and procedure". */
    public boolean isActive() {
        return this == PENDING_VERIFICATION || this == CONFIRMED;
    }
}
