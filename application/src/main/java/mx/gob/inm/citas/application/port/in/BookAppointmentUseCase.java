package mx.gob.inm.citas.application.port.in;

import mx.gob.inm.citas.domain.appointment.Appointment;

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
     * Confirms a hold with the code sent by e-mail and sends the confirmation.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException for a wrong code, or an expired or
     *     released hold
     */
    Appointment verify(String confirmationCode, String verificationCode);

    /**
     * Sends the verification code of a hold once more (the same code), at most
     * {@value mx.gob.inm.citas.domain.appointment.VerificationPolicy#MAX_RESENDS} time per hold.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException when it was already resent, or the
     *     hold expired or is no longer pending
     */
    Appointment resendVerification(String confirmationCode);
}
