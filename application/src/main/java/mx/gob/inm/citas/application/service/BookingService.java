package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.ALREADY_BOOKED;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.HOLD_EXPIRED;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_ALLOWED_NOW;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.SLOT_FULL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.random.RandomGenerator;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.LinkSecret;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.Quotas;
import mx.gob.inm.citas.application.port.out.RateLimiter;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.Appointment.VerificationOutcome;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.appointment.WrongVerificationCodeException;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Holds places and confirms them. The place is taken in the slot ledger and the appointment stored in one
 * transaction; both "never more than the places of a slot" and "one active appointment per person and
 * procedure" are decided by the database, so a refusal rolls back everything.
 */
@ApplicationScoped
public class BookingService implements BookAppointmentUseCase {

    private final SlotBooking slots;
    private final AppointmentRepository appointments;
    private final AppointmentMail mail;
    private final VerificationPolicy verification;
    private final RandomGenerator random;
    private final Clock clock;
    private final RateLimiter limiter;
    private final Quotas quotas;
    private final LinkSecret linkSecret;

    @Inject
    public BookingService(SlotBooking slots, AppointmentRepository appointments, AppointmentMail mail,
            VerificationPolicy verification, RandomGenerator random, Clock clock, RateLimiter limiter,
            Quotas quotas, LinkSecret linkSecret) {
        this.slots = slots;
        this.appointments = appointments;
        this.mail = mail;
        this.verification = verification;
        this.random = random;
        this.clock = clock;
        this.limiter = limiter;
        this.quotas = quotas;
        this.linkSecret = linkSecret;
    }

    /** For the CDI proxy only. */
    protected BookingService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * Holds count against the applicant's e-mail address (as a mailbox: upper case and a {@code +tag} make no new
     * address): a hold that is refused gives its count back, so only places actually held use the allowance. The
     * edge counts the client and the passport (see {@link mx.gob.inm.citas.application.port.in.RequestThrottle}).
     */
    @Override
    @Transactional
    public Appointment hold(HoldAppointmentCommand command) {
        String mailbox = mailboxOf(command.applicant().email().map(EmailAddress::value).orElseThrow(
                () -> new InvalidValueException("email.required", "The e-mail address is required to book online")));
        RequestThrottleService.take(limiter, quotas.holdsPerEmail(), mailbox);
        try {
            return holdCounted(command);
        } catch (RuntimeException refused) {
            limiter.giveBack(quotas.holdsPerEmail(), mailbox);
            throw refused;
        }
    }

    /** {@code Ana.Perez+citas2@Ejemplo.mx} and {@code ana.perez@ejemplo.mx} are one mailbox. */
    static String mailboxOf(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        int plus = lower.indexOf('+');
        return plus > 0 && plus < at ? lower.substring(0, plus) + lower.substring(at) : lower;
    }

    private Appointment holdCounted(HoldAppointmentCommand command) {
        Instant now = clock.instant();
        SlotBooking.Slot slot = slots.bookableSlot(command.officeId(), command.procedureCode(), command.start(),
                command.applicant(), now);
        Office office = slot.office();
        Procedure procedure = slot.procedure();
        if (appointments.hasConfirmed(Appointment.holderKeyOf(command.applicant(), procedure.code()))) {
            throw alreadyConfirmed();
        }
        Appointment appointment = Appointment.hold(ConfirmationCode.random(random), office.id(), procedure.code(),
                command.applicant(), command.start(), procedure.duration(), sixDigits(), now,
                verification.holdFor());
        appointments.add(appointment);
        mail.enqueue(appointment, NotificationKind.VERIFICATION, now);
        // Last: the slot's ledger row then stays locked only for the commit, which a storm on one slot queues for.
        // A full slot rolls the whole transaction back.
        slots.take(slot, appointment.code());
        return appointment;
    }

    /**
     * Wrong codes and expired holds are refusals whose state (an attempt counted, a place freed) must be kept. The
     * passport is asked before anything is said about the code, so a stranger learns nothing and releases nothing.
     * A hold whose holder has meanwhile confirmed another one is released instead (the first verified wins; the
     * database refuses a second confirmed appointment should two verify at the same moment).
     */
    @Override
    @Transactional(dontRollbackOn = AppointmentRefusedException.class)
    public Appointment verify(String confirmationCode, String passportNumber, String verificationCode) {
        return verified(holdOf(confirmationCode, passportNumber), verificationCode);
    }

    /**
     * The link's key is an HMAC of the hold's confirmation and current verification codes (see
     * {@link ConfirmLinkKeys}): it cannot be guessed, so a wrong key counts no attempt (a stranger cannot use up the
     * applicant's attempts); it stands for the passport and the typed code, since both came in the one mail.
     */
    @Override
    @Transactional(dontRollbackOn = AppointmentRefusedException.class)
    public Appointment confirmByLink(String confirmationCode, String key) {
        Appointment appointment = linkedHold(confirmationCode, key);
        return verified(appointment, appointment.verificationCode());
    }

    @Override
    @Transactional
    public Appointment linkedHold(String confirmationCode, String key) {
        Appointment appointment = appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> new ConfirmLinkKeys(linkSecret.secret()).opens(a, key))
                .orElseThrow(AppointmentLookup::notFound);
        if (appointment.status() == AppointmentStatus.EXPIRED
                || appointment.status() == AppointmentStatus.PENDING_VERIFICATION
                        && !clock.instant().isBefore(appointment.holdExpiresAt())) {
            throw new AppointmentRefusedException(HOLD_EXPIRED,
                    "The hold on this place has expired; please book again");
        }
        if (appointment.status() != AppointmentStatus.PENDING_VERIFICATION) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.linkNoLongerValid",
                    "This link is no longer valid; look the appointment up with its code and passport");
        }
        return appointment;
    }

    private Appointment verified(Appointment appointment, String verificationCode) {
        Instant now = clock.instant();
        boolean wasPending = appointment.status() == AppointmentStatus.PENDING_VERIFICATION;
        if (wasPending && appointments.hasConfirmed(appointment.holderKey().orElseThrow())) {
            appointment.releaseAsSuperseded();
            slots.release(appointment.office(), appointment.start(), appointment.code());
            appointments.update(appointment);
            throw alreadyConfirmed();
        }
        // released by the expiry job because the holder confirmed another hold: the same answer as above, whoever
        // released it first
        if (appointment.status() == AppointmentStatus.EXPIRED && appointments.hasConfirmed(
                Appointment.holderKeyOf(appointment.applicant(), appointment.procedure()))) {
            throw alreadyConfirmed();
        }
        VerificationOutcome outcome = appointment.verify(verificationCode, now, verification.maxAttempts());
        if (wasPending && appointment.status() == AppointmentStatus.EXPIRED) {
            slots.release(appointment.office(), appointment.start(), appointment.code());
        }
        appointments.update(appointment);
        switch (outcome) {
            case CONFIRMED -> mail.enqueue(appointment, NotificationKind.CONFIRMATION, now);
            case WRONG_CODE -> throw new WrongVerificationCodeException(
                    verification.maxAttempts() - appointment.failedVerifications());
            case RELEASED -> throw new WrongVerificationCodeException(0);
            case EXPIRED -> throw new AppointmentRefusedException(HOLD_EXPIRED,
                    "The hold on this place expired before it was verified; please book again");
        }
        return appointment;
    }

    @Override
    @Transactional
    public Appointment resendVerification(String confirmationCode, String passportNumber) {
        Instant now = clock.instant();
        Appointment appointment = holdOf(confirmationCode, passportNumber);
        appointment.resendVerification(now, VerificationPolicy.MAX_RESENDS);
        appointments.update(appointment);
        mail.enqueue(appointment, NotificationKind.VERIFICATION, now);
        return appointment;
    }

    /**
     * The new mailbox is counted as a hold would count it, and a hold allows only
     * {@value VerificationPolicy#MAX_EMAIL_CHANGES} changes (so a hold cannot be used to mail strangers over and
     * over; the edge also counts the change as a hold of the client and its network); the verification mail goes
     * to the new address with a new code, and a new link key.
     */
    @Override
    @Transactional
    public Appointment changeEmail(String confirmationCode, String passportNumber, EmailAddress newAddress) {
        Instant now = clock.instant();
        Appointment appointment = holdOf(confirmationCode, passportNumber);
        String mailbox = mailboxOf(newAddress.value());
        RequestThrottleService.take(limiter, quotas.holdsPerEmail(), mailbox);
        try {
            appointment.changeEmail(newAddress, sixDigits(), now);
            appointments.update(appointment);
        } catch (RuntimeException refused) {
            limiter.giveBack(quotas.holdsPerEmail(), mailbox);
            throw refused;
        }
        mail.enqueue(appointment, NotificationKind.VERIFICATION, now);
        return appointment;
    }

    /** An unknown code and a wrong passport are the same answer. */
    private Appointment holdOf(String confirmationCode, String passportNumber) {
        return appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> AppointmentLookup.opensWith(a, passportNumber))
                .orElseThrow(AppointmentLookup::notFound);
    }

    private static AppointmentRefusedException alreadyConfirmed() {
        return new AppointmentRefusedException(ALREADY_BOOKED, "This passport already has a confirmed appointment"
                + " for this procedure; cancel it or move it instead");
    }

    /** 000000 to 999999 (a storm makes thousands a second: no format parsing). */
    private String sixDigits() {
        String digits = Integer.toString(random.nextInt(1_000_000));
        return "000000".substring(digits.length()) + digits;
    }

    static AppointmentRefusedException slotFull() {
        return new AppointmentRefusedException(SLOT_FULL,
                "Every place at this time has just been taken; please choose another time");
    }
}
