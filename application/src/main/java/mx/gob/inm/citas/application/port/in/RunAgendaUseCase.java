package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: the day's agenda of an office, run by its staff. Reading needs {@code mayRead} on the office, changing
 * {@code mayWorkIn} ({@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException} otherwise); every read of
 * applicants' data and every change is audited.
 */
public interface RunAgendaUseCase {

    /** The offices this member may read, for the office picker. */
    List<Office> offices(StaffMember member);

    /** Confirmed and later appointments of the office starting on {@code day} (office time), by start time. */
    List<Appointment> day(StaffMember member, String officeId, LocalDate day);

    /**
     * The same day as {@link #day} (read and audited the same way), with the steps this member may take on each
     * appointment: none unless the member may work in the office.
     */
    AgendaDay agendaDay(StaffMember member, String officeId, LocalDate day);

    /** Appointments of the office whose confirmation code or passport number is {@code codeOrPassport}. */
    List<Appointment> search(StaffMember member, String officeId, String codeOrPassport);

    /** An appointment checked in, and its visit in the office's queue (its display number, such as C-004). */
    record CheckIn(Appointment appointment, Visit visit) {
    }

    /** Checks the applicant in, without priority in the queue, after the passport shown matched the booking's. */
    default Appointment checkIn(StaffMember member, String officeId, String confirmationCode, String passportShown) {
        return checkIn(member, officeId, confirmationCode, passportShown, Priority.NONE).appointment();
    }

    /**
     * Checks the applicant in after the passport shown matched the booking's; the visit joins the office's queue with
     * {@code priority} (the law's: older adults, pregnant women, people with disabilities).
     */
    CheckIn checkIn(StaffMember member, String officeId, String confirmationCode, String passportShown,
            Priority priority);

    Appointment markAttended(StaffMember member, String officeId, String confirmationCode);

    /** Only after the no-show grace period past the start. */
    Appointment markNoShow(StaffMember member, String officeId, String confirmationCode);
}
