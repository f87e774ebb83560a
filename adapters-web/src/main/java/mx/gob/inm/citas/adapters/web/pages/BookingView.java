package mx.gob.inm.citas.adapters.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.adapters.web.limits.HoldGate;
import mx.gob.inm.citas.adapters.web.limits.ProofOfWork;
import mx.gob.inm.citas.adapters.web.limits.ProofOfWorkFailedException;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.primefaces.model.StreamedContent;

/**
 * The booking pages at {@code /}: choose office and procedure, pick a free time, give the applicant's details (the
 * place is held), type the e-mailed code, see the confirmation. Every refusal becomes a message on the page.
 */
@Named
@ViewScoped
public class BookingView extends CalendarPage {

    private static final long serialVersionUID = 1L;

    /** The steps, in order. */
    public enum Step { CHOOSE, CALENDAR, DETAILS, VERIFY, CONFIRMED }

    @Inject
    RequestThrottle throttle;

    @Inject
    Clients clients;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    HoldGate holds;

    /** The proof-of-work solution the page's script put in the form (ALTCHA payload). */
    private String altcha;

    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    BookAppointmentUseCase booking;
    @Inject
    ManageAppointmentUseCase management;
    @Inject
    PageLanguage language;

    private Step step = Step.CHOOSE;
    private String stateCode;
    private String officeId;
    private String procedureCode;
    private ZonedDateTime start;
    private final ApplicantForm form = new ApplicantForm();
    private String confirmationCode;
    private Instant holdExpiresAt;
    private String typedCode;
    private boolean resent;
    private AppointmentCard confirmed;

    @PostConstruct
    void init() {
        step = Step.CHOOSE;
    }

    // ---- step 1: choose

    public List<OfficeChoices.StateOption> getStates() {
        return OfficeChoices.states(catalogue.activeOffices());
    }

    public List<Office> getOffices() {
        return stateCode == null ? List.of() : catalogue.activeOffices().stream()
                .filter(o -> o.state().code().equals(stateCode))
                .sorted(Comparator.comparing(Office::city).thenComparing(Office::name)).toList();
    }

    public void stateChanged() {
        officeId = null;
        procedureCode = null;
        List<Office> offices = getOffices();
        if (offices.size() == 1) {
            officeId = offices.get(0).id().value();
        }
    }

    public void officeChanged() {
        procedureCode = null;
    }

    public Optional<Office> office() {
        if (officeId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalogue.activeOffice(officeId));
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }

    public OfficeChoices.OfficeDetails getOfficeDetails() {
        return office().map(o -> OfficeChoices.details(o, availability.weeklySchedule(o.id().value()))).orElse(null);
    }

    public List<Procedure> getOnlineProcedures() {
        return OfficeChoices.procedures(catalogue.procedures(), officeDetailsSchedule(), true);
    }

    public List<Procedure> getInPersonProcedures() {
        return OfficeChoices.procedures(catalogue.procedures(), officeDetailsSchedule(), false);
    }

    private mx.gob.inm.citas.domain.schedule.WeeklySchedule officeDetailsSchedule() {
        return office().map(o -> availability.weeklySchedule(o.id().value())).orElse(null);
    }

    public Procedure getProcedure() {
        if (procedureCode == null) {
            return null;
        }
        try {
            return catalogue.procedure(procedureCode);
        } catch (DomainException unknown) {
            return null;
        }
    }

    public String procedureName(Procedure procedure) {
        return procedure.name().in(language.current());
    }

    public List<String> requirementsOf(Procedure procedure) {
        return procedure.requirements().stream().map(r -> r.in(language.current())).toList();
    }

    /** To the calendar, once office and procedure are chosen. */
    public void toCalendar() {
        if (stateCode == null) {
            Texts.error("b:state", "choose.state.required");
        } else if (officeId == null) {
            Texts.error("b:office", "choose.office.required");
        }
        if (procedureCode == null
                || getOnlineProcedures().stream().noneMatch(p -> p.code().value().equals(procedureCode))) {
            Texts.error("b:procedure", "choose.procedure.required");
        }
        if (officeId == null || procedureCode == null || FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        try {
            picker = new SlotPicker(availability, officeId, procedureCode);
            step = Step.CALENDAR;
        } catch (DomainException refused) {
            Refusals.show(null, refused);
        }
    }

    // ---- step 2: calendar

    @Override
    protected void timeChosen(ZonedDateTime chosen) {
        start = chosen;
        step = Step.DETAILS;
    }

    public void backToChoose() {
        step = Step.CHOOSE;
    }

    public void backToCalendar() {
        reloadCalendar();
        step = Step.CALENDAR;
    }

    // ---- step 3: details, then the hold

    /** Checks every field (each message beside its field) and holds the place. */
    public void hold() {
        Optional<Applicant> applicant = ApplicantFields.check(form, language.current(), "b:");
        if (applicant.isEmpty()) {
            return;
        }
        String solution = altcha;
        // spent or refused: the page solves a new one for the next press
        altcha = null;
        try {
            Appointment held = holds.hold(new HoldAppointmentCommand(officeId, procedureCode, start.toInstant(),
                    applicant.get()), solution, Clients.pageRequest());
            confirmationCode = held.code().value();
            holdExpiresAt = held.holdExpiresAt();
            typedCode = null;
            resent = false;
            step = Step.VERIFY;
        } catch (ProofOfWorkFailedException unpaid) {
            Texts.error(null, "refusal.PROOF_OF_WORK");
        } catch (TooManyRequestsException limited) {
            // the person's own mailbox or passport is not "your connection"
            Texts.error(null, limited.quota().equals("holds-per-email") || limited.quota().equals("holds-per-passport")
                    ? "refusal.TOO_MANY_REQUESTS." + limited.quota() : "refusal.TOO_MANY_REQUESTS",
                    Clients.minutes(limited));
        } catch (DomainException refused) {
            if (Refusals.is(refused, Reason.ALREADY_BOOKED)) {
                Texts.error("b:passport", "refusal.ALREADY_BOOKED");
            } else if (refused instanceof InvalidValueException) {
                Texts.error(null, "refusal.OTHER");
            } else {
                // the place went to someone else, or the time left the window, since it was shown
                Refusals.show(null, refused);
                backToCalendar();
            }
        }
    }

    // ---- step 4: verify

    public void verify() {
        String typed = typedCode == null ? "" : typedCode.strip();
        if (!typed.matches("[0-9]{6}")) {
            Texts.error("b:code", "verify.code.format");
            return;
        }
        try {
            throttle.verification(clients.ofPage());
            Appointment appointment = booking.verify(confirmationCode, form.getPassportNumber(), typed);
            confirmed = AppointmentCard.of(appointment, catalogue.activeOffice(officeId),
                    catalogue.procedure(procedureCode));
            step = Step.CONFIRMED;
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (DomainException refused) {
            if (Refusals.is(refused, Reason.WRONG_VERIFICATION_CODE)) {
                Texts.error("b:code", "refusal.WRONG_VERIFICATION_CODE");
            } else {
                Refusals.show(null, refused);
                if (Refusals.is(refused, Reason.HOLD_EXPIRED)) {
                    backToCalendar();
                }
            }
        }
    }

    public void resend() {
        try {
            throttle.resend(clients.ofPage());
            booking.resendVerification(confirmationCode, form.getPassportNumber());
            resent = true;
            Texts.info("verify.resent", form.getEmail());
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (DomainException refused) {
            resent = true;
            Refusals.show(null, refused);
            if (Refusals.is(refused, Reason.HOLD_EXPIRED)) {
                backToCalendar();
            }
        }
    }

    // ---- step 5: confirmed

    public StreamedContent getCalendarFile() {
        return calendarDownload(confirmationCode, () -> management.calendarFile(confirmationCode,
                form.getPassportNumber()));
    }

    // ---- shared

    public String getAltcha() {
        return altcha;
    }

    public void setAltcha(String altcha) {
        this.altcha = altcha;
    }

    public boolean isProofOfWorkOn() {
        return proofOfWork.isOn();
    }

    public int getStepNumber() {
        return step.ordinal() + 1;
    }

    public String getStartDate() {
        return start == null ? "" : Texts.date(start);
    }

    public String getStartTime() {
        return start == null ? "" : Texts.time(start);
    }

    public String getZone() {
        return office().map(o -> Texts.zone(o.timeZone())).orElse("");
    }

    /** Milliseconds since the epoch when the hold ends, for the countdown. */
    public long getHoldExpiresAtMillis() {
        return holdExpiresAt == null ? 0 : holdExpiresAt.toEpochMilli();
    }

    public String getHoldExpiresAtTime() {
        ZoneId zone = office().map(Office::timeZone).orElse(ZoneId.of("America/Mexico_City"));
        return holdExpiresAt == null ? "" : Texts.time(holdExpiresAt.atZone(zone));
    }

    public Step getStep() {
        return step;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getOfficeId() {
        return officeId;
    }

    public void setOfficeId(String officeId) {
        this.officeId = officeId;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public ApplicantForm getForm() {
        return form;
    }

    public String getConfirmationCode() {
        return confirmationCode;
    }

    public String getTypedCode() {
        return typedCode;
    }

    public void setTypedCode(String typedCode) {
        this.typedCode = typedCode;
    }

    public boolean isResent() {
        return resent;
    }

    public AppointmentCard getConfirmed() {
        return confirmed;
    }
}
