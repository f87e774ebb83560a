package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.FederalRestDays.RestDay;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: staff close an office (or an admin every office) for a day or a range. Closing never silently drops
 * confirmed appointments: {@link #affectedBy} lists them first, and {@link #close} cancels each one, gives its
 * place back and e-mails the applicant an apology with a link to book again. Reading needs {@code mayRead} on the
 * office, closing {@code mayWorkIn}; a nationwide closure needs an admin. Every closure and cancellation is audited.
 */
public interface ManageClosuresUseCase {

    /**
     * The outcome of a closure: what was recorded and the appointments it cancelled, of which {@link #mailed} got
     * the apology mail and {@link #notMailed} did not (booked at the desk without an e-mail address: staff call
     * them).
     */
    record ClosureOutcome(Closure closure, List<Appointment> cancelled) {

        public ClosureOutcome {
            cancelled = List.copyOf(cancelled);
        }

        /** The cancelled appointments whose applicant is mailed the apology. */
        public List<Appointment> mailed() {
            return cancelled.stream().filter(ClosureOutcome::hasAddress).toList();
        }

        /** The cancelled appointments whose applicant gave no e-mail address, so nobody mails them. */
        public List<Appointment> notMailed() {
            return cancelled.stream().filter(a -> !hasAddress(a)).toList();
        }

        private static boolean hasAddress(Appointment appointment) {
            return appointment.applicant().email().isPresent();
        }
    }

    /** The federal rest days of {@code year}: every office is closed on them without a closure. */
    List<RestDay> federalRestDays(int year);

    /**
     * The closures of the office and the nationwide ones that end on or after {@code from} (today at the office when
     * null), by first day.
     */
    List<Closure> closures(StaffMember member, String officeId, LocalDate from);

    /**
     * The pending and confirmed appointments the closure would cancel, by start: those on the closed days, in each
     * office's own time zone, that have not started yet. Nothing changes; seeing applicants' data is audited.
     *
     * @throws InvalidValueException as {@link #close} does
     */
    List<Appointment> affectedBy(StaffMember member, ClosureRequest request);

    /**
     * Records the closure and, all in one transaction, cancels each appointment {@link #affectedBy} lists, gives its
     * place back and queues the applicant's apology.
     *
     * @throws InvalidValueException when the last day comes before the first, the reason is missing or too long, or
     *     the first day is before today at the office (for a nationwide closure, at the westernmost office) or more
     *     than {@link Closure#FURTHEST_AHEAD} ahead
     * @throws OfficeAccessDeniedException when {@code member} may not work in the office, or is not an admin for a
     *     nationwide closure (the refusal is audited)
     */
    ClosureOutcome close(StaffMember member, ClosureRequest request);

    /**
     * Removes a closure that has not begun: its days open again for booking. The appointments it cancelled stay
     * cancelled (their applicants were told and may book again). Audited.
     *
     * @throws InvalidValueException when the closure has begun (today at the office; for a nationwide closure, at
     *     the westernmost office) or is no longer stored
     * @throws OfficeAccessDeniedException as {@link #close} does
     */
    void remove(StaffMember member, Closure closure);
}
