package mx.gob.inm.citas.domain.staff;

/** The kinds of things the audit log records. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_REFUSED,
    SIGNED_OUT,
    /** Someone saw an applicant's personal data (a day's agenda, a search, an appointment's details). */
    VIEWED_APPLICANT_DATA,
    CHECKED_IN,
    MARKED_ATTENDED,
    MARKED_NO_SHOW,
    STAFF_CREATED,
    STAFF_CHANGED,
    STAFF_DISABLED,
    STAFF_ENABLED,
    PASSWORD_RESET,
    OFFICE_CHANGED,
    PROCEDURE_CHANGED,
    SCHEDULE_CHANGED,
    CLOSURE_ADDED,
    CLOSURE_REMOVED,
    APPOINTMENT_CANCELLED_BY_OFFICE,
    /** Access to an office outside the member's role or assignment was refused. */
    ACCESS_REFUSED,
    /** An admin filled in the capacity snapshot of a day the nightly job missed. */
    CAPACITY_SNAPSHOT_RECORDED,
    /** Staff booked for an applicant at the desk or on the phone. */
    APPOINTMENT_BOOKED_BY_STAFF,
    /** Staff cancelled an appointment for its applicant, with a reason. */
    APPOINTMENT_CANCELLED_BY_STAFF,
    /** Staff moved an appointment for its applicant, with a reason. */
    APPOINTMENT_MOVED_BY_STAFF,
    /** Staff undid a mistaken check-in, attended or no-show. */
    AGENDA_STEP_UNDONE,
    /** The office's floor changed: walk-in pools, their days, windows, turns or conversion. */
    FLOOR_CHANGED
}
