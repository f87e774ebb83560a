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
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * An applicant's appointment for one procedure at one office, in one slot.
 *
 * <p>Lifecycle: {@link #hold held} as {@code PENDING_VERIFICATION} while the applicant proves the e-mail address
 * is theirs; {@link #verify verified} into {@code CONFIRMED}, or {@code EXPIRED} when the hold runs out or too
 * many wrong codes are typed; a confirmed appointment may be {@link #moveTo moved} or {@link #cancel cancelled}
 * by the applicant until the change cut-off, and on the day it is {@link #checkIn checked in} and then
 * {@link #markAttended attended}, or {@link #markNoShow marked no-show}. A hold or a confirmed appointment is
 * {@link #cancelByOffice cancelled by the office}, at any time, when the office closes on its day. Any other step
 * is refused. Staff act for the applicant too: they {@link #bookAtOffice book} at the desk or on the phone
 * (confirmed at once, the applicant's e-mail address optional), {@link #cancelForApplicant cancel} or {@link
 * #moveForApplicant move} a confirmed appointment with a reason, inside the cut-off as well, and {@link #undoLastStep
 * undo} a mistaken check-in, attended or no-show on the appointment's day. Whatever its status, once the retention period after it has passed it is {@link #anonymise
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
    private String verificationCode;
    private final Instant createdAt;
    private Instant start;
    private Duration duration;
    private AppointmentStatus status;
    private Instant holdExpiresAt;
    private int failedVerifications;
    private int verificationResends;
    private int emailChanges;
    private int sequence;
    private boolean anonymised;
    private Cancellation cancellation;
    private String staffReason;

    /** What the store keeps of a staff member's reason, in characters. */
    public static final int MAX_REASON_LENGTH = 200;

    private Appointment(ConfirmationCode code, OfficeId office, ProcedureCode procedure, Applicant applicant,
            Instant start, Duration duration, AppointmentStatus status, String verificationCode,
            Instant holdExpiresAt, int failedVerifications, int verificationResends, int sequence,
            Instant createdAt, boolean anonymised, Cancellation cancellation) {
        this.code = requirePresent(code, "internal", "Confirmation code");
        this.office = requirePresent(office, "internal", "Office");
        this.procedure = requirePresent(procedure, "internal", "Procedure");
        this.applicant = requirePresent(applicant, "internal", "Applicant");
        this.start = requirePresent(start, "internal", "Start");
        this.duration = requirePresent(duration, "internal", "Duration");
        this.status = requirePresent(status, "internal", "Status");
        require(verificationCode != null && verificationCode.matches("[0-9]{6}"), "verificationCode.malformed",
                "A verification code is 6 digits");
        this.verificationCode = verificationCode;
        this.holdExpiresAt = requirePresent(holdExpiresAt, "internal", "Hold expiry");
        require(failedVerifications >= 0 && verificationResends >= 0 && sequence >= 0, "internal.negative",
                "Counters cannot be negative");
        this.failedVerifications = failedVerifications;
        this.verificationResends = verificationResends;
        this.sequence = sequence;
        this.createdAt = requirePresent(createdAt, "internal", "Creation time");
        this.anonymised = anonymised;
        require((status == AppointmentStatus.CANCELLED) == (cancellation != null), "internal.cancellation",
                "A cancelled appointment, and only a cancelled one, says who cancelled it");
        this.cancellation = cancellation;
    }

    /**
     * Staff book for an applicant at the desk or on the phone: confirmed at once (there is no e-mail round trip to
     * verify; the applicant gets the code on paper or aloud), for any start still ahead. The verification code is
     * kept only because every appointment has one; nobody types it.
     */
    public static Appointment bookAtOffice(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, String verificationCode, Instant now) {
        requirePresent(start, "start", "Start");
        if (!start.isAfter(now)) {
            throw new AppointmentRefusedException(AppointmentRefusedException.Reason.OUTSIDE_BOOKING_WINDOW,
                    "appointment.timePassed", "This time has already passed; please choose a later one");
        }
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        return new Appointment(code, office, procedure, applicant, start, duration, AppointmentStatus.CONFIRMED,
                verificationCode, created, 0, 0, 0, created, false, null);
    }

    /** A new hold on a place, waiting for the applicant to type {@code verificationCode}. */
    public static Appointment hold(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, String verificationCode, Instant now,
            Duration holdFor) {
        // The hold is verified by a code sent to the address: without one nobody could ever confirm it.
        require(requirePresent(applicant, "internal", "Applicant").email().isPresent(), "email.required",
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
     * {@link #reconstitute(ConfirmationCode, OfficeId, ProcedureCode, Applicant, Instant, Duration,
     * AppointmentStatus, String, Instant, int, int, int, Instant, boolean, Cancellation) As above}, with the reason
     * staff gave when they last cancelled or moved it ({@code staffReason}, null when they never did).
     */
    public static Appointment reconstitute(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, AppointmentStatus status, String verificationCode,
            Instant holdExpiresAt, int failedVerifications, int verificationResends, int sequence,
            Instant createdAt, boolean anonymised, Cancellation cancellation, String staffReason) {
        Appointment appointment = reconstitute(code, office, procedure, applicant, start, duration, status,
                verificationCode, holdExpiresAt, failedVerifications, verificationResends, sequence, createdAt,
                anonymised, cancellation);
        appointment.staffReason = staffReason == null ? null : reasonOf(staffReason);
        return appointment;
    }

    /**
     * {@link #reconstitute(ConfirmationCode, OfficeId, ProcedureCode, Applicant, Instant, Duration,
     * AppointmentStatus, String, Instant, int, int, int, Instant, boolean, Cancellation, String) As above}, with how
     * often the hold's e-mail address was changed ({@code emailChanges}, 0 for a hold that never was).
     */
    public static Appointment reconstitute(ConfirmationCode code, OfficeId office, ProcedureCode procedure,
            Applicant applicant, Instant start, Duration duration, AppointmentStatus status, String verificationCode,
            Instant holdExpiresAt, int failedVerifications, int verificationResends, int sequence,
            Instant createdAt, boolean anonymised, Cancellation cancellation, String staffReason, int emailChanges) {
        require(emailChanges >= 0, "internal.negative", "Counters cannot be negative");
        Appointment appointment = reconstitute(code, office, procedure, applicant, start, duration, status,
                verificationCode, holdExpiresAt, failedVerifications, verificationResends, sequence, createdAt,
                anonymised, cancellation, staffReason);
        appointment.emailChanges = emailChanges;
        return appointment;
    }

    /** A staff member's reason as the appointment keeps it: one line of text, at most 200 characters. */
    public static String reasonOf(String typed) {
        return TypedText.line(typed, "reason", "The reason", MAX_REASON_LENGTH);
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
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.resendsUsed",
                    "The verification code has already been sent again; please check your spam folder");
        }
        verificationResends++;
    }

    /**
     * The applicant mistyped the e-mail address: the hold goes on with {@code newAddress} and a new code, so the code
     * (and the link) sent to the old address no longer works. Allowed while the hold lasts, at most
     * {@value VerificationPolicy#MAX_EMAIL_CHANGES} times per hold (each change mails a stranger's address, maybe);
     * it spends no resend (the edge counts it against the client, its network and the new mailbox, as a hold).
     */
    public void changeEmail(EmailAddress newAddress, String newVerificationCode, Instant now) {
        requirePresent(newAddress, "email", "The new e-mail address");
        require(newVerificationCode != null && newVerificationCode.matches("[0-9]{6}"), "verificationCode.malformed",
                "A verification code is 6 digits");
        requireStatus(AppointmentStatus.PENDING_VERIFICATION, "given another e-mail address");
        if (expireIfDue(now)) {
            throw new AppointmentRefusedException(HOLD_EXPIRED,
                    "The hold on this place has expired; please book again");
        }
        if (emailChanges >= VerificationPolicy.MAX_EMAIL_CHANGES) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.emailChangesUsed",
                    "The e-mail address of this hold has already been changed " + VerificationPolicy.MAX_EMAIL_CHANGES
                            + " times; please book again with the right address", VerificationPolicy.MAX_EMAIL_CHANGES);
        }
        emailChanges++;
        applicant = new Applicant(applicant.givenNames(), applicant.surnames(), applicant.nationality(),
                applicant.passport(), applicant.dateOfBirth(), newAddress, applicant.phone(), applicant.language());
        verificationCode = newVerificationCode;
    }

    /**
     * Whether {@code key} is this hold's current verification code, asked without counting an attempt (the page a
     * mail link opens shows what one press would confirm, and a GET changes nothing).
     */
    public boolean isVerifiableWith(String key) {
        return status == AppointmentStatus.PENDING_VERIFICATION && verificationCode.equals(key == null ? "" : key);
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
        staffReason = null;
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
        // a closure's apology gives no reason of its own: a move's earlier reason must not read as this one's
        staffReason = null;
        sequence++;
    }

    /** Moves a confirmed appointment to another slot; the new place must already be taken and the old one freed. */
    public void moveTo(Instant newStart, Instant now, ChangePolicy policy) {
        requireStatus(AppointmentStatus.CONFIRMED, "moved");
        policy.checkCanChange(start, now);
        require(!newStart.equals(start), "appointment.sameTime",
                "The new time is the time the appointment already has");
        start = newStart;
        // the applicant's own move: what staff once wrote no longer explains it
        staffReason = null;
        sequence++;
    }

    /**
     * Staff cancel a confirmed appointment for the applicant (who phoned or came to the desk), with the reason they
     * give, whatever the change cut-off says: the cut-off lets the office plan, and here the office itself acts. Only
     * before it starts (after that it is attended or a no-show). The place must be given back, and the applicant told.
     */
    public void cancelForApplicant(Instant now, String reason) {
        requireStatus(AppointmentStatus.CONFIRMED, "cancelled");
        String checked = reasonOf(reason);
        if (!now.isBefore(start)) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.alreadyStarted", "An appointment that"
                    + " has already started cannot be cancelled; mark it attended or no-show instead");
        }
        status = AppointmentStatus.CANCELLED;
        cancellation = Cancellation.by(Cancellation.By.OFFICE, now);
        staffReason = checked;
        sequence++;
    }

    /**
     * Staff move a confirmed appointment for the applicant to another time still ahead, with the reason they give,
     * inside the cut-off as well; the new place must already be taken and the old one freed.
     */
    public void moveForApplicant(Instant newStart, Instant now, String reason) {
        requireStatus(AppointmentStatus.CONFIRMED, "moved");
        String checked = reasonOf(reason);
        requirePresent(newStart, "start", "The new time");
        require(!newStart.equals(start), "appointment.sameTime", "The new time is the time the appointment already has");
        if (!newStart.isAfter(now)) {
            throw new AppointmentRefusedException(AppointmentRefusedException.Reason.OUTSIDE_BOOKING_WINDOW,
                    "appointment.timePassed", "This time has already passed; please choose a later one");
        }
        start = newStart;
        staffReason = checked;
        sequence++;
    }

    /**
     * Undoes a mistaken agenda step, on the appointment's day in the office's zone only (the next day the figures
     * count it): checked in goes back to confirmed, attended back to checked in, no-show back to confirmed. Returns
     * the step undone.
     */
    public AgendaStep undoLastStep(Instant now, ZoneId officeZone) {
        AgendaStep undone = switch (status) {
            case CHECKED_IN -> AgendaStep.CHECK_IN;
            case ATTENDED -> AgendaStep.MARK_ATTENDED;
            case NO_SHOW -> AgendaStep.MARK_NO_SHOW;
            default -> throw refused("undone");
        };
        if (!isOnTheDay(now, officeZone)) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.undoOnTheDay", "A step can be undone"
                    + " only on the day of the appointment");
        }
        status = status == AppointmentStatus.ATTENDED ? AppointmentStatus.CHECKED_IN : AppointmentStatus.CONFIRMED;
        return undone;
    }

    /**
     * The agenda steps that can be taken on this appointment at {@code now}: {@link #agendaSteps()} and, while
     * confirmed, move and (before it starts) cancel; on the appointment's day, undo after a check-in, attended or
     * no-show.
     */
    public Set<AgendaStep> agendaSteps(Instant now, ZoneId officeZone) {
        Set<AgendaStep> steps = EnumSet.noneOf(AgendaStep.class);
        steps.addAll(agendaSteps());
        if (status == AppointmentStatus.CONFIRMED) {
            steps.add(AgendaStep.MOVE);
            if (now.isBefore(start)) {
                steps.add(AgendaStep.CANCEL);
            }
        }
        if ((status == AppointmentStatus.CHECKED_IN || status == AppointmentStatus.ATTENDED
                || status == AppointmentStatus.NO_SHOW) && isOnTheDay(now, officeZone)) {
            steps.add(AgendaStep.UNDO);
        }
        return steps;
    }

    private boolean isOnTheDay(Instant now, ZoneId officeZone) {
        return now.atZone(officeZone).toLocalDate().equals(start.atZone(officeZone).toLocalDate());
    }

    /** Why staff last cancelled or moved this appointment, as they wrote it; empty when they never did. */
    public Optional<String> staffReason() {
        return Optional.ofNullable(staffReason);
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
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.checkInOnTheDay",
                    "An applicant can be checked in only on the day"
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

    /** A checked-in applicant called to a window who did not come to it: absent, as one who never came. */
    public void markAbsentWhenCalled() {
        requireStatus(AppointmentStatus.CHECKED_IN, "marked absent");
        status = AppointmentStatus.NO_SHOW;
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
        // staff may have written about the person in it
        staffReason = null;
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
        return new AppointmentRefusedException(NOT_ALLOWED_NOW, "appointment.wrongStatus",
                "An appointment that is " + status.name().toLowerCase().replace('_', ' ') + " cannot be " + step,
                status.name());
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

    /** How often the hold's e-mail address was changed. */
    public int emailChanges() {
        return emailChanges;
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
