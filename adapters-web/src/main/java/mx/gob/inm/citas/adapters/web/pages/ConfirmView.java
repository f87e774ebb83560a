package mx.gob.inm.citas.adapters.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.WrongVerificationCodeException;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * The page the verification mail's link opens, {@code /confirm?code=…&key=…}, whose key is the link's unguessable
 * key (not the 6-digit code): a GET shows what would be confirmed and changes nothing (mail scanners open links);
 * one press of the button (a POST) confirms and shows the confirmed appointment. A link that is wrong or old (the
 * address was changed since) says so plainly; so does one whose hold ran out or that was already used (confirmed,
 * cancelled …), without showing the appointment: that is looked up on /manage with the code and the passport.
 */
@Named
@ViewScoped
public class ConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum State { PENDING, CONFIRMED, OVER, USED, INVALID }

    @Inject
    BookAppointmentUseCase booking;
    @Inject
    ManageAppointmentUseCase management;
    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    RequestThrottle throttle;
    @Inject
    Clients clients;

    private String code;
    private String key;
    private State state = State.INVALID;
    private AppointmentCard card;

    /** On every GET: reads the hold, changes nothing. */
    public void load() {
        card = null;
        try {
            throttle.lookup(clients.ofPage());
            show(State.PENDING, booking.linkedHold(code, key));
        } catch (TooManyRequestsException limited) {
            state = State.INVALID;
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (AppointmentRefusedException refused) {
            state = stateOf(refused);
        } catch (DomainException | NullPointerException unknown) {
            state = State.INVALID;
        }
    }

    /** The one press: confirms, then shows the confirmed appointment (its mail is on its way). */
    public void confirm() {
        try {
            throttle.verification(clients.ofPage());
            show(State.CONFIRMED, booking.confirmByLink(code, key));
            Texts.info("confirm.done");
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (WrongVerificationCodeException wrong) {
            card = null;
            state = wrong.released() ? State.OVER : State.INVALID;
            Texts.error(null, wrong.released() ? "journey.code.released" : "confirm.invalid");
        } catch (AppointmentRefusedException refused) {
            card = null;
            state = stateOf(refused);
            if (refused.reason() == Reason.ALREADY_BOOKED) {
                Refusals.show(null, refused);
            }
        } catch (DomainException unknown) {
            card = null;
            state = State.INVALID;
        }
    }

    private static State stateOf(AppointmentRefusedException refused) {
        return switch (refused.reason()) {
            case HOLD_EXPIRED, ALREADY_BOOKED -> State.OVER;
            default -> State.USED;
        };
    }

    private void show(State shown, Appointment appointment) {
        state = shown;
        card = AppointmentCard.of(appointment, catalogue.activeOffice(appointment.office().value()),
                catalogue.procedure(appointment.procedure().value()), appointment.status() == AppointmentStatus.CONFIRMED
                        ? management.changeDeadline(appointment.start()) : Optional.empty());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public State getState() {
        return state;
    }

    public AppointmentCard getCard() {
        return card;
    }
}
