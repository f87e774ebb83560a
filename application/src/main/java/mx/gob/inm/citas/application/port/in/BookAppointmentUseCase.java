package mx.gob.inm.citas.application.port.in;

import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.EmailAddress;

/** In-port: take a place and confirm it by proving the e-mail address. */
public interface BookAppointmentUseCase {

    /**
     * Holds a place and sends the verification code to the applicant.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException when the slot is full, the person
     *     already has an active appointment for the procedure, the start is not a bookable slot, or outside the window
     */
    Appointment hold(HoldAppointmentCommand command);

    /**
     * Confirms a hold with the code sent by e-mail and sends the confirmation. The hold's passport number must
     * match first: an unknown code and a wrong passport are the same not-found answer, whatever the hold's state.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException for an unknown code or another
     *     passport
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException for a wrong code, an expired or
     *     released hold, or a holder who confirmed another hold first (this one is then released)
     */
    Appointment verify(String confirmationCode, String passportNumber, String verificationCode);

    /**
     * Sends the verification code of a hold once more (the same code), at most
     * {@value mx.gob.inm.citas.domain.appointment.VerificationPolicy#MAX_RESENDS} time per hold.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException when it was already resent, or the
     *     hold expired or is no longer pending
     */
    Appointment resendVerification(String confirmationCode, String passportNumber);

    /**
     * The address was mistyped: the hold's verification mail goes to {@code newAddress} with a new code; the code
     * sent before no longer works. The new mailbox counts as a hold does.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException when the hold expired or is no longer
     *     pending, or the new address is another hold of the same person
     * @throws TooManyRequestsException when the new mailbox has had its holds for the day
     */
    Appointment changeEmail(String confirmationCode, String passportNumber, EmailAddress newAddress);

    /**
     * What the verification mail's link would confirm, changing nothing (mail scanners open links): the hold, when
     * {@code key} is its link's current key and it is still pending. Nothing about the appointment is shown once it
     * is no longer pending.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException for an unknown code or a key that is
     *     not the link's current key (a guessed 6-digit code, a link mailed before the address was changed)
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException {@code HOLD_EXPIRED} when the hold has
     *     run out, {@code appointment.linkNoLongerValid} when it is no longer pending (confirmed, cancelled …)
     */
    Appointment linkedHold(String confirmationCode, String key);

    /**
     * Confirms a hold from the verification mail's link (one press on the page it opens), as {@link #verify} does
     * with the code typed; refused as {@link #linkedHold} refuses.
     */
    Appointment confirmByLink(String confirmationCode, String key);
}
