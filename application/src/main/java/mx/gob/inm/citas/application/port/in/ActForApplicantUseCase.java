package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: staff act for an applicant who came to the desk or phoned: book, cancel or move an appointment with a
 * reason, undo a mistaken agenda step, print the proof. Every step needs {@code mayWorkIn} on the office ({@link
 * OfficeAccessDeniedException} otherwise, audited) and is audited; the applicant, when they have an e-mail address,
 * is mailed with the reason.
 *
 * <p>Staff take places through the same ledger as the public (the database never gives a slot more than its
 * places), but neither the proof of work nor the per-address quotas apply, and they may book inside the public
 * lead time: the lead time lets the office prepare for bookings it does not see coming, and here the office itself
 * books, often for the person standing at the desk for a free place later that day. A time already passed is refused.
 */
public interface ActForApplicantUseCase {

    /** The times of {@code day} (office time) with a free place for the procedure, as staff may book them. */
    List<FreeSlot> freeTimes(StaffMember member, String officeId, String procedureCode, LocalDate day);

    /**
     * Books and confirms at once; the applicant gets the code on paper or aloud, and a confirmation mail when they
     * have an address.
     *
     * @throws AppointmentRefusedException when the slot is full, not a slot, or the person already has a confirmed
     *     appointment for the procedure
     * @throws InvalidValueException when the date of birth is not in the past
     */
    Appointment book(StaffMember member, StaffBookingCommand command);

    /** Cancels a confirmed appointment not yet started, inside the cut-off too; gives its place back. */
    Appointment cancel(StaffMember member, String officeId, String confirmationCode, String reason);

    /** Moves a confirmed appointment to {@code newStart} (a free slot ahead), inside the cut-off too. */
    Appointment move(StaffMember member, String officeId, String confirmationCode, Instant newStart, String reason);

    /** Undoes a mistaken check-in, attended or no-show, on the appointment's day. */
    Appointment undo(StaffMember member, String officeId, String confirmationCode);

    /** The appointment's proof as a PDF, to print for the applicant; only for a confirmed appointment. */
    byte[] proof(StaffMember member, String officeId, String confirmationCode);
}
