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
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.WrongVerificationCodeException;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * The page the verification mail's link opens, {@code /confirm?code=…&key=…}: a GET shows what would be confirmed
 * and changes nothing (mail scanners open links); one press of the button (a POST) confirms. A link that is wrong,
 * old (the address was changed since) or whose hold ran out says so plainly.
 */
@Named
@ViewScoped
public class ConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum State { PENDING, CONFIRMED, OVER, INVALID }

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
        try {
            throttle.lookup(clients.ofPage());
            show(booking.linkedHold(code, key));
        } catch (TooManyRequestsException limited) {
            state = State.INVALID;
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (DomainException | NullPointerException unknown) {
            state = State.INVALID;
        }
    }

    /** The one press: confirms, then shows the same address again (now confirmed). */
    public void confirm() {
        try {
            throttle.verification(clients.ofPage());
            booking.confirmByLink(code, key);
            Texts.info("confirm.done");
            BookingAddresses.redirect(BookingAddresses.confirmLink(code, key), true);
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (WrongVerificationCodeException wrong) {
            state = wrong.released() ? State.OVER : State.INVALID;
            Texts.error(null, wrong.released() ? "journey.code.released" : "confirm.invalid");
        } catch (DomainException refused) {
            Texts.error(null, Refusals.key(refused));
            load();
        }
    }

    private void show(Appointment appointment) {
        AppointmentStatus status = appointment.status();
        state = switch (status) {
            case PENDING_VERIFICATION -> State.PENDING;
            case CONFIRMED, CHECKED_IN, ATTENDED, NO_SHOW -> State.CONFIRMED;
            default -> State.OVER;
        };
        card = AppointmentCard.of(appointment, catalogue.activeOffice(appointment.office().value()),
                catalogue.procedure(appointment.procedure().value()), status == AppointmentStatus.CONFIRMED
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

    public String getStatusText() {
        return card == null ? "" : Texts.text("status." + card.status());
    }
}
