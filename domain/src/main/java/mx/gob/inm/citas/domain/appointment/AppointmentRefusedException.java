package mx.gob.inm.citas.domain.appointment;

import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * A booking, verification or change the rules refuse; {@link #reason()} tells adapters which rule, the message
 * tells the applicant why.
 */
public class AppointmentRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Which rule refused. */
    public enum Reason {
        /** Every place of the slot is taken. */
        SLOT_FULL,
        /** The person already has a pending or confirmed appointment for this procedure. */
        ALREADY_BOOKED,
        /** The start is not one of the office's slots for the procedure, or the day is closed. */
        NOT_A_SLOT,
        /** The start is too soon or too far ahead. */
        OUTSIDE_BOOKING_WINDOW,
        /** Too late to cancel or move before the appointment. */
        TOO_LATE_TO_CHANGE,
        /** The appointment's status does not allow this step. */
        NOT_ALLOWED_NOW,
        /** The verification code does not match. */
        WRONG_VERIFICATION_CODE,
        /** The hold expired (or was released after too many wrong codes): book again. */
        HOLD_EXPIRED,
        /** At check-in, the passport shown is not the one booked. */
        PASSPORT_MISMATCH
    }

    private final Reason reason;

    /** A refusal whose code is its reason's, such as {@code appointment.SLOT_FULL}. */
    public AppointmentRefusedException(Reason reason, String message) {
        this(reason, codeOf(reason), message);
    }

    /** A refusal for {@code reason} with a code of its own (one reason, several rules) and its arguments. */
    public AppointmentRefusedException(Reason reason, String code, String message, Object... arguments) {
        super(code, message, arguments);
        this.reason = reason;
    }

    /** The code of a refusal that only says its reason. */
    public static String codeOf(Reason reason) {
        return "appointment." + reason.name();
    }

    public Reason reason() {
        return reason;
    }
}
