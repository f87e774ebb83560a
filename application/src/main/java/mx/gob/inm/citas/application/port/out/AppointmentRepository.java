package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: stores appointments; the store itself keeps confirmed appointments unique per person and procedure,
 * and unverified holds unique per person, procedure and e-mail address ({@link Appointment#activeKey}).
 */
public interface AppointmentRepository {

    /**
     * Stores a new appointment.
     *
     * @throws AppointmentRefusedException with reason {@code ALREADY_BOOKED} when the person already has an active
     *     appointment for the procedure — decided by the store, so it holds across concurrent requests
     */
    void add(Appointment appointment);

    /**
     * Stores the appointment's new state; a concurrent change of the same appointment makes this (or the
     * enclosing transaction) fail rather than overwrite it.
     *
     * @throws mx.gob.inm.citas.domain.shared.EditConflictException when someone else changed it since it was read,
     *         so the console says "reload and redo" instead of a server error
     */
    void update(Appointment appointment);

    Optional<Appointment> findByCode(ConfirmationCode code);

    /** Codes of holds still pending whose time ran out by {@code now}, oldest first. */
    List<ConfirmationCode> expiredHolds(Instant now, int limit);

    /** Whether the holder (see {@link Appointment#holderKey}) has a confirmed appointment. */
    boolean hasConfirmed(String holderKey);

    /** Codes of holds still pending whose holder has since confirmed another appointment for the procedure. */
    List<ConfirmationCode> supersededHolds(int limit);

    /**
     * Codes of confirmed appointments starting in [{@code from}, {@code to}), earliest first, for which no reminder
     * of this {@code lead} or a shorter one is queued for their current start (a moved appointment has none).
     */
    List<ConfirmationCode> awaitingReminder(Instant from, Instant to, Duration lead, int limit);

    /**
     * Records that the reminder of this {@code lead} is queued (or not needed) for the appointment at
     * {@code start}, in one conditional update: false when the appointment is no longer confirmed at that start,
     * or a reminder of this lead or a shorter one already was recorded for it (by this or another instance), so
     * each reminder is queued once.
     */
    boolean markReminderQueued(ConfirmationCode code, Instant start, Duration lead);

    /** The office's appointments, of any status, starting in [{@code from}, {@code to}), by start then code. */
    List<Appointment> findStartingBetween(OfficeId office, Instant from, Instant to);

    /** The office's appointments, of any status, booked with this passport number, by start then code. */
    List<Appointment> findByPassport(OfficeId office, PassportNumber passport);

    /**
     * Codes of appointments, of any status and office, that started before {@code before} and still hold their
     * applicant's personal data (not {@link Appointment#isAnonymised anonymised}), by start then code.
     */
    List<ConfirmationCode> withPersonalDataStartingBefore(Instant before, int limit);
}
