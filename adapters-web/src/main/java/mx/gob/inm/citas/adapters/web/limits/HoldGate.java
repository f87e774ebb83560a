package mx.gob.inm.citas.adapters.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.EmailAddress;

/**
 * The way in to a hold, the same for the API and the booking page: the proof of work is paid first, then the
 * client's allowance counted, then the place held; a hold the booking refuses gives the allowance back, so only
 * places actually held count.
 */
@ApplicationScoped
public class HoldGate {

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    RequestThrottle throttle;

    @Inject
    BookAppointmentUseCase booking;

    @Inject
    Clients clients;

    /**
     * Holds the place for the client of {@code request}, with {@code solution} (the ALTCHA payload).
     *
     * @throws ProofOfWorkFailedException when the solution is missing, invalid, expired or used
     * @throws mx.gob.inm.citas.application.port.in.TooManyRequestsException when an allowance is used up
     */
    public Appointment hold(HoldAppointmentCommand command, String solution, HttpServletRequest request) {
        ProofOfWork.Verdict verdict = proofOfWork.check(solution);
        if (verdict != ProofOfWork.Verdict.ACCEPTED) {
            throw new ProofOfWorkFailedException(verdict);
        }
        ClientAddresses.HoldKeys keys = clients.holdKeysOf(request);
        String passport = command.applicant().passport().value();
        throttle.hold(keys.client(), keys.network(), passport);
        try {
            return booking.hold(command);
        } catch (RuntimeException refused) {
            throttle.holdRefused(keys.client(), keys.network(), passport);
            throw refused;
        }
    }

    /**
     * Gives the hold {@code confirmationCode} another e-mail address, for the client of {@code request}. A change
     * mails a new address, as a new hold would: it is counted as a resend and as a hold of the client, its network
     * and the passport (the booking counts the new mailbox, and the hold allows only a few changes); a change the
     * booking refuses gives the hold allowance back.
     *
     * @throws mx.gob.inm.citas.application.port.in.TooManyRequestsException when an allowance is used up
     */
    public Appointment changeEmail(String confirmationCode, String passport, EmailAddress newAddress,
            HttpServletRequest request) {
        ClientAddresses.HoldKeys keys = clients.holdKeysOf(request);
        throttle.resend(clients.of(request));
        String typed = passport == null ? "" : passport;
        throttle.hold(keys.client(), keys.network(), typed);
        try {
            return booking.changeEmail(confirmationCode, passport, newAddress);
        } catch (RuntimeException refused) {
            throttle.holdRefused(keys.client(), keys.network(), typed);
            throw refused;
        }
    }
}
