package mx.gob.inm.citas.domain.appointment;

/** A step the office's staff take on an appointment from the day's agenda. */
public enum AgendaStep {
    /** {@link Appointment#checkIn}: the applicant arrived. */
    CHECK_IN,
    /** {@link Appointment#markNoShow}: the applicant did not come. */
    MARK_NO_SHOW,
    /** {@link Appointment#markAttended}: the applicant was served. */
    MARK_ATTENDED,
    /** {@link Appointment#moveForApplicant}: staff move it to another time, with a reason. */
    MOVE,
    /** {@link Appointment#cancelForApplicant}: staff cancel it, with a reason. */
    CANCEL,
    /** {@link Appointment#undoLastStep}: a mistaken check-in, attended or no-show is undone, on the day. */
    UNDO
}
