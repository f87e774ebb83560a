package mx.gob.inm.citas.application.port.in;

import java.util.List;

import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: an office's week (opening periods per weekday, slot length, places per slot, procedures served). A
 * new week never silently drops a booked appointment: a change that would leave a hold or confirmed appointment
 * still to come without its slot, its procedure or its place is refused, naming each one. Reading needs
 * {@code mayRead}, changing {@code mayWorkIn}; changes are audited.
 */
public interface ConfigureScheduleUseCase {

    /** The office's week and the revision to hand back with a change. */
    record ScheduleSheet(Office office, WeeklySchedule schedule, long revision) {
    }

    /** Why a booked appointment would not survive a new week. */
    enum Displacement {
        /** No period of its weekday has a slot starting at its local time any more. */
        NO_SLOT,
        /** Its slot is still there but no longer serves its procedure. */
        PROCEDURE_NOT_SERVED,
        /** Its slot would have fewer places than are booked in it. */
        TOO_FEW_PLACES
    }

    /** A booked appointment a new week would drop; {@code booked} and {@code places} of its slot. */
    record Displaced(Appointment appointment, Displacement why, int booked, int places) {
    }

    /** @throws OfficeAccessDeniedException when {@code member} may not read the office (audited) */
    ScheduleSheet schedule(StaffMember member, String officeId);

    /**
     * The holds and confirmed appointments not yet started that {@code periods} would drop, by start. Nothing
     * changes; seeing applicants' data is audited.
     *
     * @throws InvalidValueException when the periods overlap or serve a procedure not in the catalogue
     * @throws OfficeAccessDeniedException unless {@code member} may work in the office (audited)
     */
    List<Displaced> displacedBy(StaffMember member, String officeId, List<OpeningPeriod> periods);

    /**
     * Replaces the office's week with {@code periods}.
     *
     * @param revision {@link ScheduleSheet#revision()} as read when the edit began
     * @throws ScheduleChangeRefusedException when the new week would drop booked appointments (nothing changes)
     * @throws EditConflictException when the week changed since {@code revision} was read
     * @throws InvalidValueException as {@link #displacedBy} does
     * @throws OfficeAccessDeniedException unless {@code member} may work in the office (audited)
     */
    ScheduleSheet change(StaffMember member, String officeId, List<OpeningPeriod> periods, long revision);
}
