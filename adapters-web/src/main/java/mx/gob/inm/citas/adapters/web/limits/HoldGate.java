package mx.gob.inm.citas.adapters.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.domain.appointment.Appointment;

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
}
