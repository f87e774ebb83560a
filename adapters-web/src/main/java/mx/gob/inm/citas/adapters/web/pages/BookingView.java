package mx.gob.inm.citas.adapters.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.appointment.WrongVerificationCodeException;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.primefaces.model.StreamedContent;

/**
 * The booking pages at {@code /}: choose office and procedure, pick a free time, give the applicant's details (the
 * place is held), type the e-mailed code (or fix a mistyped address), see the confirmation. Each step has its own
 * address ({@link BookingAddresses}), read by {@link #load()}; a step that succeeds redirects to the next. Every
 * refusal becomes a message on the page.
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
    /** The system's clock (a serialisable one: this view lives in the session between requests). */
    @Inject
    Clock clock;

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
    /** The address's parameters (see {@link BookingAddresses}); only {@link #load()} reads them. */
    private String startParam;
    private String holdParam;
    private String stepParam;
    private String newEmail;
    private Instant changeDeadline;
    private boolean deadlineKnown;
    private boolean changeEmailOpen;

    @Inject
    HeldPlaces heldPlaces;

    @PostConstruct
    void init() {
        step = Step.CHOOSE;
    }

    /**
     * The step the address names, on every GET: what the person chose last, or, when that is no longer possible
     * (a time taken meanwhile, a hold that ran out, a session that ended), the nearest step with a message saying so.
     */
    public void load() {
        if (holdParam != null && !holdParam.isBlank()) {
            loadHold(holdParam.strip());
            return;
        }
        if (officeId == null || procedureCode == null || "choose".equals(stepParam)) {
            loadChoice();
            return;
        }
        if (!offeredOnline()) {
            Texts.error(null, "refusal.PROCEDURE");
            loadChoice();
            return;
        }
        try {
            picker = new SlotPicker(availability, officeId, procedureCode);
        } catch (DomainException refused) {
            Refusals.show(null, refused);
            loadChoice();
            return;
        }
        step = Step.CALENDAR;
        if (startParam != null) {
            Optional<ZonedDateTime> free;
            try {
                free = picker.freeStart(Instant.parse(startParam));
            } catch (DateTimeException malformed) {
                free = Optional.empty();
            }
            if (free.isPresent()) {
                start = free.get();
                picker.select(start.toLocalDate());
                step = Step.DETAILS;
                heldPlaces.restoreTyped(form);
                loadDeadline();
            } else {
                Texts.error(null, "journey.timeGone");
            }
        }
    }

    private void loadChoice() {
        step = Step.CHOOSE;
        Optional<Office> chosen = office();
        if (chosen.isPresent()) {
            stateCode = chosen.get().state().code();
        } else {
            officeId = null;
            procedureCode = null;
        }
    }

    private boolean offeredOnline() {
        return office().isPresent()
                && getOnlineProcedures().stream().anyMatch(p -> p.code().value().equals(procedureCode));
    }

    private void loadHold(String code) {
        Optional<String> passport = heldPlaces.passportOf(code);
        if (passport.isEmpty()) {
            step = Step.CHOOSE;
            Texts.info("journey.holdElsewhere", code);
            return;
        }
        Appointment appointment;
        try {
            appointment = management.find(code, passport.get());
        } catch (DomainException refused) {
            step = Step.CHOOSE;
            Refusals.show(null, refused);
            return;
        }
        confirmationCode = appointment.code().value();
        form.setPassportNumber(passport.get());
        form.setEmail(appointment.applicant().email().orElseThrow().value());
        officeId = appointment.office().value();
        procedureCode = appointment.procedure().value();
        holdExpiresAt = appointment.holdExpiresAt();
        resent = appointment.verificationResends() >= VerificationPolicy.MAX_RESENDS;
        Optional<Office> office = office();
        start = appointment.start().atZone(office.map(Office::timeZone).orElse(ZoneId.of("America/Mexico_City")));
        switch (appointment.status()) {
            case PENDING_VERIFICATION -> step = Step.VERIFY;
            case CONFIRMED, CHECKED_IN, ATTENDED, NO_SHOW -> {
                loadDeadline();
                confirmed = AppointmentCard.of(appointment, catalogue.activeOffice(officeId),
                        catalogue.procedure(procedureCode), Optional.ofNullable(changeDeadline));
                step = Step.CONFIRMED;
            }
            default -> {
                // ran out, released or cancelled: the same choice again, with the reason
                Texts.error(null, appointment.status() == AppointmentStatus.CANCELLED ? "journey.holdCancelled"
                        : "refusal.HOLD_EXPIRED");
                confirmationCode = null;
                step = Step.CHOOSE;
                loadChoice();
            }
        }
    }

    private void loadDeadline() {
        changeDeadline = management.changeDeadline(start.toInstant()).orElse(null);
        deadlineKnown = true;
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
        BookingAddresses.redirect(BookingAddresses.calendar(officeId, procedureCode), false);
    }

    // ---- step 2: calendar

    @Override
    protected void timeChosen(ZonedDateTime chosen) {
        BookingAddresses.redirect(BookingAddresses.details(officeId, procedureCode, chosen.toInstant()), false);
    }

    /**
     * The address of the step shown: a page answered to a POST (a refusal, a language switch) puts it in the
     * browser's history instead of the POST's, so that reload and Back ask for no form to be sent again.
     */
    public String getAddress() {
        return switch (step) {
            case CHOOSE -> BookingAddresses.choose(officeId, procedureCode);
            case CALENDAR -> BookingAddresses.calendar(officeId, procedureCode);
            case DETAILS -> BookingAddresses.details(officeId, procedureCode, start.toInstant());
            case VERIFY, CONFIRMED -> BookingAddresses.hold(confirmationCode);
        };
    }

    /** The choice again, as it was (for the "Back" link). */
    public String getChooseAddress() {
        return BookingAddresses.choose(officeId, procedureCode);
    }

    /** The calendar again (for the "another time" link). */
    public String getCalendarAddress() {
        return BookingAddresses.calendar(officeId, procedureCode);
    }

    /** The calendar again, keeping this page's messages (the time went, the hold ran out). */
    private void backToCalendar() {
        BookingAddresses.redirect(BookingAddresses.calendar(officeId, procedureCode), true);
    }

    // ---- step 3: details, then the hold

    /** Checks every field (each message beside its field) and holds the place. */
    public void hold() {
        heldPlaces.typed(form);
        Optional<Applicant> applicant = ApplicantFields.check(form, language.current(), "b:",
                LocalDate.ofInstant(clock.instant(), start.getZone()));
        if (applicant.isEmpty()) {
            return;
        }
        String solution = altcha;
        // spent or refused: the page solves a new one for the next press
        altcha = null;
        try {
            Appointment held = holds.hold(new HoldAppointmentCommand(officeId, procedureCode, start.toInstant(),
                    applicant.get()), solution, Clients.pageRequest());
            heldPlaces.held(held.code().value(), form.getPassportNumber());
            BookingAddresses.redirect(BookingAddresses.hold(held.code().value()), false);
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
        String typed = VerificationCodes.typed(typedCode);
        if (!typed.matches("[0-9]{6}")) {
            Texts.error("b:code", "verify.code.format");
            return;
        }
        try {
            throttle.verification(clients.ofPage());
            booking.verify(confirmationCode, form.getPassportNumber(), typed);
            heldPlaces.forgetTyped();
            BookingAddresses.redirect(BookingAddresses.hold(confirmationCode), false);
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "refusal.TOO_MANY_REQUESTS", Clients.minutes(limited));
        } catch (WrongVerificationCodeException wrong) {
            if (wrong.released()) {
                Texts.error(null, "journey.code.released");
                backToCalendar();
            } else {
                Texts.error("b:code", wrong.attemptsLeft() == 1 ? "journey.code.wrong.last" : "journey.code.wrong",
                        wrong.attemptsLeft());
            }
        } catch (DomainException refused) {
            Refusals.show(null, refused);
            if (Refusals.is(refused, Reason.HOLD_EXPIRED)) {
                backToCalendar();
            }
        }
    }

    public void resend() {
        try {
            throttle.resend(clients.ofPage());
            booking.resendVerification(confirmationCode, form.getPassportNumber());
            Texts.info("verify.resent", form.getEmail());
            BookingAddresses.redirect(BookingAddresses.hold(confirmationCode), true);
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

    /** The address was mistyped: a new code goes to the new one, the code sent before stops working. */
    public void changeEmail() {
        // a refusal leaves the box open beside its message
        changeEmailOpen = true;
        EmailAddress address;
        try {
            address = new EmailAddress(newEmail == null ? "" : newEmail.strip());
        } catch (InvalidValueException | NullPointerException malformed) {
            Texts.error("b:newEmail", "details.email.invalid");
            return;
        }
        try {
            Appointment changed = holds.changeEmail(confirmationCode, form.getPassportNumber(), address,
                    Clients.pageRequest());
            form.setEmail(changed.applicant().email().orElseThrow().value());
            form.setEmailAgain(changed.applicant().email().orElseThrow().value());
            newEmail = null;
            typedCode = null;
            Texts.info("journey.emailChanged", changed.applicant().email().orElseThrow().value());
            BookingAddresses.redirect(BookingAddresses.hold(confirmationCode), true);
        } catch (TooManyRequestsException limited) {
            // a change is counted as a hold: the person's own mailbox or passport is not "your connection"
            Texts.error("b:newEmail", limited.quota().equals("holds-per-email") || limited.quota().equals("holds-per-passport")
                    ? "refusal.TOO_MANY_REQUESTS." + limited.quota() : "refusal.TOO_MANY_REQUESTS",
                    Clients.minutes(limited));
        } catch (DomainException refused) {
            if (Refusals.is(refused, Reason.ALREADY_BOOKED)) {
                Texts.error("b:newEmail", "refusal.ALREADY_BOOKED");
            } else if ("appointment.emailChangesUsed".equals(refused.code())) {
                Refusals.show("b:newEmail", refused);
            } else {
                Refusals.show(null, refused);
                if (Refusals.is(refused, Reason.HOLD_EXPIRED)) {
                    backToCalendar();
                }
            }
        }
    }

    // ---- step 5: confirmed

    public StreamedContent getProofFile() {
        return proofDownload(confirmationCode, () -> management.proofFile(confirmationCode,
                form.getPassportNumber()));
    }

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
        return office().map(o -> Texts.zoneName(o.timeZone())).orElse("");
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

    public String getStart() {
        return startParam;
    }

    public void setStart(String start) {
        this.startParam = start;
    }

    public String getHold() {
        return holdParam;
    }

    public void setHold(String hold) {
        this.holdParam = hold;
    }

    public String getStepParam() {
        return stepParam;
    }

    public void setStepParam(String stepParam) {
        this.stepParam = stepParam;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    /** Whether the chosen time can still be changed or cancelled online after booking (outside the cut-off). */
    public boolean isChangeableOnline() {
        return changeDeadline != null;
    }

    public boolean isChangeEmailOpen() {
        return changeEmailOpen;
    }

    public boolean isDeadlineKnown() {
        return deadlineKnown;
    }

    /** "lunes, 30 de noviembre de 2026, 09:00" in the office's zone. */
    public String getChangeDeadlineText() {
        if (changeDeadline == null || start == null) {
            return "";
        }
        ZonedDateTime at = changeDeadline.atZone(start.getZone());
        return Texts.date(at) + ", " + Texts.time(at);
    }
}
