package mx.gob.inm.citas.adapters.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.shared.DomainException;
import org.primefaces.model.StreamedContent;

/**
 * The manage page at {@code /manage}: the confirmation code and the passport number open an appointment, which can
 * then be cancelled (after a confirmation) or moved to another free time of the same office and procedure, until
 * the change cut-off; inside it neither is offered and the page says why. A confirmed appointment's proof (PDF)
 * and calendar file can be downloaded; a cancelled one offers to book again.
 */
@Named
@ViewScoped
public class ManageView extends CalendarPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestThrottle throttle;

    @Inject
    Clients clients;

    @Inject
    ManageAppointmentUseCase management;
    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    PageLanguage language;

    /** What was typed (or came in the link); only {@link #open()} reads these. */
    private String code;
    private String passport;
    /** The appointment on the page: every action works on this one, whatever the link or the fields say later. */
    private String openedCode;
    private String openedPassport;
    private AppointmentCard card;
    private boolean active;
    private boolean cancellable;
    private ZonedDateTime newStart;

    /** Opens the appointment; an unknown code and a wrong passport get the same answer. */
    public void open() {
        boolean ok = true;
        if (code == null || code.isBlank()) {
            Texts.error("m:code", "details.required");
            ok = false;
        }
        if (passport == null || passport.isBlank()) {
            Texts.error("m:passportNumber", "details.required");
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            throttle.lookup(clients.ofPage());
            show(management.find(code, passport));
            openedPassport = passport;
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (DomainException refused) {
            card = null;
            openedCode = null;
            Refusals.show(null, refused);
        }
    }

    public void cancel() {
        try {
            Appointment cancelled = management.cancel(openedCode, openedPassport);
            show(cancelled);
            Texts.info(cancelled.applicant().email().isPresent() ? "manage.cancelled" : "manage.cancelledNoEmail");
        } catch (DomainException refused) {
            Refusals.show(null, refused);
        }
    }

    public void startMove() {
        if (!card.isChangeableOnline()) {
            Texts.error(null, "refusal.TOO_LATE_TO_CHANGE");
            return;
        }
        try {
            Appointment appointment = management.find(openedCode, openedPassport);
            picker = new SlotPicker(availability, appointment.office().value(), appointment.procedure().value());
            newStart = null;
        } catch (DomainException refused) {
            Refusals.show(null, refused);
        }
    }

    public void stopMove() {
        picker = null;
        newStart = null;
    }

    @Override
    protected void timeChosen(ZonedDateTime start) {
        newStart = start;
    }

    @Override
    protected void timeForgotten() {
        newStart = null;
    }

    /** Moves to the chosen time: the new place is taken before the old one is freed, or nothing changes. */
    public void move() {
        if (newStart == null) {
            Texts.error(null, "manage.move.chooseTime");
            return;
        }
        try {
            Appointment moved = management.move(openedCode, openedPassport, newStart.toInstant());
            show(moved);
            picker = null;
            newStart = null;
            Texts.info(moved.applicant().email().isPresent() ? "manage.moved" : "manage.movedNoEmail");
        } catch (DomainException refused) {
            Refusals.show(null, refused);
            newStart = null;
            reloadCalendar();
        }
    }

    public StreamedContent getCalendarFile() {
        return calendarDownload(openedCode, () -> management.calendarFile(openedCode, openedPassport));
    }

    public StreamedContent getProofFile() {
        return proofDownload(openedCode, () -> management.proofFile(openedCode, openedPassport));
    }

    private void show(Appointment appointment) {
        boolean confirmed = appointment.status() == AppointmentStatus.CONFIRMED;
        card = AppointmentCard.of(appointment, catalogue.activeOffice(appointment.office().value()),
                catalogue.procedure(appointment.procedure().value()),
                confirmed ? management.changeDeadline(appointment.start()) : Optional.empty());
        openedCode = appointment.code().value();
        active = confirmed;
        // a hold not yet verified can be let go too (someone told "you already have one" may want exactly that);
        // a confirmed one only until the cut-off
        cancellable = card.isChangeableOnline() || appointment.status() == AppointmentStatus.PENDING_VERIFICATION;
    }

    /** Confirmed, but inside the change cut-off: shown without Move and Cancel, and the page says why. */
    public boolean isTooLateToChange() {
        return active && !card.isChangeableOnline();
    }

    /** The address a reload asks for (see {@link BookingView#getAddress()}): the form again, with the code. */
    public String getAddress() {
        String shown = openedCode != null ? openedCode : code;
        return shown == null || shown.isBlank() ? "/manage"
                : "/manage?code=" + java.net.URLEncoder.encode(shown.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getStatusText() {
        return card == null ? "" : Texts.text("status." + card.status());
    }

    public String getNewStartText() {
        return newStart == null ? "" : Texts.date(newStart) + ", " + Texts.time(newStart);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String passport) {
        this.passport = passport;
    }

    public AppointmentCard getCard() {
        return card;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isTimeChosen() {
        return newStart != null;
    }
}
