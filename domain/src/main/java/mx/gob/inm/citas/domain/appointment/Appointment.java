package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.HOLD_EXPIRED;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_ALLOWED_NOW;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.PASSPORT_MISMATCH;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * An applicant's appointment for one procedure at one office, in one slot.
 *
 * <p>Lifecycle: {@link #hold held} as {@code PENDING_VERIFICATION} while the applicant proves the e-mail address
 * is theirs; {@link #verify verified} into {@code CONFIRMED}, or {@code EXPIRED} when the hold runs out or too
 * many wrong codes are typed; a confirmed appointment may be {@link #moveTo moved} or {@link #cancel cancelled}
 * by the applicant until the change cut-off, and on the day it is {@link #checkIn checked in} and then
 * {@link #markAttended attended}, or {@link #markNoShow marked no-show}. A hold or a confirmed appointment is
 * {@link #cancelByOffice cancelled by the office}, at any time, when the office closes on its day. Any other step
 * is refused. Whatever its status, once the retention period after it has passed it is {@link #anonymise
 * anonymised}: the applicant's personal data is forgotten and the rest stays for the office's figures.
 * {@link #sequence()} counts the versions of the calendar invitation the applicant holds.
 */
public final class Appointment {

    /** What came of typing a verification code. */
    public enum VerificationOutcome {
        CONFIRMED,
        /** Wrong code; the hold stays, with fewer attempts left. */
        WRONG_CODE,
        /** Wrong code once too often: the hold is released. */
        RELEASED,
        /** The hold had already run out. */
        EXPIRED
    }

    private final ConfirmationCode code;
    private final OfficeId office;
    private final ProcedureCode procedure;
    private Applicant applicant;
    private final String verificationCode;
    private final Instant createdAt;
    private Instant start;
    private Duration duration;
    private AppointmentStatus status;
    private Instant holdExpiresAt;
    private int failedVerifications;
    private int verificationResends;
    private int sequence;
    private boolean anonymised;
    private Cancellation cancellation;

    private Appointment(ConfirmationCode code, OfficeId office, ProcedureCode procedure, Applicant applicant,
            Instant start, Duration duration, AppointmentStatus status, String verificationCode,
            Instant holdExpiresAt, int failedVerifications, int verificationResends, int sequence,
            Instant createdAt, boolean anonymised, Cancellation cancellation) {
        this.code = requirePresent(code, "Confirmation code");
        this.office = requirePresent(office, "Office");
        this.procedure = requirePresent(procedure, "Procedure");
        this.applicant = requirePresent(applicant, "Applicant");
        this.start = requirePresent(start, "Start");
        this.duration = requirePresent(duration, "Duration");
        this.status = requirePresent(status, "Status");
        require(verificationCode != null && verificationCode.matches("[0-9]{6}"),
                "A verification code is 6 digits");
        this.verificationCode = verificationCode;
        this.holdExpiresAt = requirePresent(holdExpiresAt, "Hold expiry");
        require(failedVerifications >= 0 && verificationResends >= 0 && sequence >= 0,
                "Counters cannot be negative");
        this.failedVerifications = failedVerifications;
        this.verificationResends = verificationResends;
        this.sequence = sequence;
        this.createdAt = requirePresent(createdAt, "Creation time");
        this.anonymised = anonymised;
        require((status == AppointmentStatus.CANCELLED) == (cancellation != null),
                "A cancelled appointment, and only a cancelled one, says who cancelled it");
        this.cancellation = cancellation;
    }

    /** A new hold on a place, waiting for the applicant to type {@code verificationCode}. */
    public static Appointment hold(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, String verificationCode, Instant now,
            Duration holdFor) {
        // The hold is verified by a code sent to the address: without one nobody could ever confirm it.
        require(requirePresent(applicant, "Applicant").email().isPresent(),
                "The e-mail address is required to book online");
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        return new Appointment(code, office, procedure, applicant, start, duration,
                AppointmentStatus.PENDING_VERIFICATION, verificationCode, created.plus(holdFor), 0, 0, 0, created,
                false, null);
    }

    /**
     * Rebuilds an appointment from storage; applies the same checks as {@link #hold}. {@code anonymised}: its
     * applicant is already the placeholder {@link #anonymise} left. {@code cancellation}: who cancelled it, for a
     * cancelled appointment; null for any other.
     */
    public static Appointment reconstitute(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, AppointmentStatus status, String verificationCode,
            Instant holdExpiresAt, int failedVerifications, int verificationResends, int sequence,
            Instant createdAt, boolean anonymised, Cancellation cancellation) {
        return new Appointment(code, office, procedure, applicant, start, duration, status, verificationCode,
                holdExpiresAt, failedVerifications, verificationResends, sequence, createdAt, anonymised,
                cancellation);
    }

    /**
     * Checks a typed verification code. After {@code maxAttempts} wrong codes, or once the hold has run out, the
     * hold is released ({@code EXPIRED}) and its place must be given back.
     */
    public VerificationOutcome verify(String typed, Instant now, int maxAttempts) {
        if (status == AppointmentStatus.EXPIRED) {
            return VerificationOutcome.EXPIRED;
        }
        requireStatus(AppointmentStatus.PENDING_VERIFICATION, "verified");
        if (expireIfDue(now)) {
            return VerificationOutcome.EXPIRED;
        }
        if (verificationCode.equals(typed == null ? "" : typed.strip())) {
            status = AppointmentStatus.CONFIRMED;
            return VerificationOutcome.CONFIRMED;
        }
        failedVerifications++;
        if (failedVerifications >= maxAttempts) {
            status = AppointmentStatus.EXPIRED;
            return VerificationOutcome.RELEASED;
        }
        return VerificationOutcome.WRONG_CODE;
    }

    /**
     * Asks for the verification code to be sent again: at most {@code maxResends} times, while the hold lasts. The
     * code stays the same, so a message that arrives late still works.
     */
    public void resendVerification(Instant now, int maxResends) {
        requireStatus(AppointmentStatus.PENDING_VERIFICATION, "sent a verification code");
        if (!now.isBefore(holdExpiresAt)) {
            throw new AppointmentRefusedException(HOLD_EXPIRED,
                    "The hold on this place has expired; please book again");
        }
        if (verificationResends >= maxResends) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW,
                    "The verification code has already been sent again; please check your spam folder");
        }
        verificationResends++;
    }

    /** Releases a hold whose time is up; true when it did (the place must then be given back once). */
    public boolean expireIfDue(Instant now) {
        if (status == AppointmentStatus.PENDING_VERIFICATION && !now.isBefore(holdExpiresAt)) {
            status = AppointmentStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /** Cancels a hold or a confirmed appointment; the place must be given back. */
    public void cancel(Instant now, ChangePolicy policy) {
        if (status == AppointmentStatus.CONFIRMED) {
            policy.checkCanChange(start, now);
        } else if (status != AppointmentStatus.PENDING_VERIFICATION) {
            throw refused("cancelled");
        }
        status = AppointmentStatus.CANCELLED;
        cancellation = Cancellation.by(Cancellation.By.APPLICANT, now);
        sequence++;
    }

    /**
     * The office closed on the appointment's day: a hold or a confirmed appointment is cancelled whatever the change
     * cut-off says (the cut-off lets the office plan; here the office itself decided). The place must be given back,
     * and the applicant told.
     */
    public void cancelByOffice(Instant now) {
        if (!status.isActive()) {
            throw refused("cancelled by the office");
        }
        status = AppointmentStatus.CANCELLED;
        cancellation = Cancellation.by(Cancellation.By.OFFICE, now);
        sequence++;
    }

    /** Moves a confirmed appointment to another slot; the new place must already be taken and the old one freed. */
    public void moveTo(Instant newStart, Instant now, ChangePolicy policy) {
        requireStatus(AppointmentStatus.CONFIRMED, "moved");
        policy.checkCanChange(start, now);
        require(!newStart.equals(start), "The new time is the time the appointment already has");
        start = newStart;
        sequence++;
    }

    /**
     * The agenda steps this appointment's status allows: check-in or no-show while confirmed, attended once checked
     * in, none otherwise. Each step still checks its own moment when taken (check-in only on the day, no-show only
     * after the grace period).
     */
    public Set<AgendaStep> agendaSteps() {
        return switch (status) {
            case CONFIRMED -> EnumSet.of(AgendaStep.CHECK_IN, AgendaStep.MARK_NO_SHOW);
            case CHECKED_IN -> EnumSet.of(AgendaStep.MARK_ATTENDED);
            default -> EnumSet.noneOf(AgendaStep.class);
        };
    }

    /**
     * The applicant is at the office, on the appointment's day (in the office's zone), with the passport the
     * appointment was booked with.
     */
    public void checkIn(PassportNumber shown, Instant now, ZoneId officeZone) {
        requireStatus(AppointmentStatus.CONFIRMED, "checked in");
        if (!now.atZone(officeZone).toLocalDate().equals(start.atZone(officeZone).toLocalDate())) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "An applicant can be checked in only on the day"
                    + " of the appointment");
        }
        if (!applicant.passport().equals(shown)) {
            throw new AppointmentRefusedException(PASSPORT_MISMATCH, "The passport shown is not the one this"
                    + " appointment was booked with");
        }
        status = AppointmentStatus.CHECKED_IN;
    }

    public void markAttended() {
        requireStatus(AppointmentStatus.CHECKED_IN, "marked attended");
        status = AppointmentStatus.ATTENDED;
    }

    /** A confirmed applicant who did not come; only once the policy's grace period after the start has passed. */
    public void markNoShow(Instant now, NoShowPolicy policy) {
        requireStatus(AppointmentStatus.CONFIRMED, "marked no-show");
        policy.checkMayMarkNoShow(start, now);
        status = AppointmentStatus.NO_SHOW;
    }

    /**
     * Forgets who the appointment was for once {@code retention} allows it at {@code now}: the applicant becomes
     * {@link Applicant#anonymised placeholders}; code, office, procedure, time and status stay, so the office's
     * figures survive. True when it forgot now; false when it already had (doing it again changes nothing).
     */
    public boolean anonymise(Instant now, RetentionPolicy retention) {
        if (anonymised) {
            return false;
        }
        retention.checkMayForget(start, now);
        applicant = applicant.anonymised(code);
        anonymised = true;
        return true;
    }

    /** Whether the applicant's personal data was forgotten ({@link #anonymise}). */
    public boolean isAnonymised() {
        return anonymised;
    }

    /**
     * Another hold of the same person for the same procedure was verified first: this unverified one is released
     * (its place must be given back). True when it did; false when it was no longer pending.
     */
    public boolean releaseAsSuperseded() {
        if (status != AppointmentStatus.PENDING_VERIFICATION) {
            return false;
        }
        status = AppointmentStatus.EXPIRED;
        return true;
    }

    /**
     * Who the appointment is for, per procedure: nationality, passport and procedure. Set while the appointment is
     * active, so that a person's confirmed appointment and other holds can be found.
     */
    public Optional<String> holderKey() {
        return status.isActive() ? Optional.of(holderKeyOf(applicant, procedure)) : Optional.empty();
    }

    /** The {@link #holderKey} an appointment for this applicant and procedure would have. */
    public static String holderKeyOf(Applicant applicant, ProcedureCode procedure) {
        return applicant.nationality().code() + ":" + applicant.passport().value() + ":" + procedure.value();
    }

    /**
     * What the database keeps unique among active appointments. A confirmed appointment is unique per holder: one
     * per passport, nationality and procedure. An unverified hold is unique per holder and e-mail address only, so
     * whoever knows a stranger's passport number and holds with their own address does not lock its owner out:
     * the first hold verified wins, and the others of the same holder are released. Empty once inactive.
     */
    public Optional<String> activeKey() {
        return switch (status) {
            case CONFIRMED -> holderKey();
            case PENDING_VERIFICATION -> Optional.of(holderKeyOf(applicant, procedure) + ":"
                    + applicant.email().map(EmailAddress::value).orElse("").toLowerCase(Locale.ROOT));
            default -> Optional.empty();
        };
    }

    private void requireStatus(AppointmentStatus required, String step) {
        if (status == AppointmentStatus.EXPIRED && required == AppointmentStatus.PENDING_VERIFICATION) {
            throw new AppointmentRefusedException(HOLD_EXPIRED,
                    "The hold on this place has expired; please book again");
        }
        if (status != required) {
            throw refused(step);
        }
    }

    private AppointmentRefusedException refused(String step) {
        return new AppointmentRefusedException(NOT_ALLOWED_NOW,
                "An appointment that is " + status.name().toLowerCase().replace('_', ' ') + " cannot be " + step);
    }

    public ConfirmationCode code() {
        return code;
    }

    public OfficeId office() {
        return office;
    }

    public ProcedureCode procedure() {
        return procedure;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return start.plus(duration);
    }

    public Duration duration() {
        return duration;
    }

    public AppointmentStatus status() {
        return status;
    }

    /** Who cancelled it and when; empty unless {@code CANCELLED}. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public String verificationCode() {
        return verificationCode;
    }

    public Instant holdExpiresAt() {
        return holdExpiresAt;
    }

    public int failedVerifications() {
        return failedVerifications;
    }

    public int verificationResends() {
        return verificationResends;
    }

    public int sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment appointment && code.equals(appointment.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return "Appointment[" + code + ", " + status + "]";
    }
}
