package mx.gob.inm.citas.application.port.in;

import java.util.List;

import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: the offices in the console. An admin creates, deactivates and reactivates offices; an admin or the
 * staff of an office edit its details. Every change is audited, refusals too. Edits carry the version read when
 * the form opened, so two people editing at once never overwrite each other silently.
 */
public interface ConfigureOfficesUseCase {

    /** The offices {@code member} may read (an admin: all), active or not, by state then city. */
    List<Office> offices(StaffMember member);

    /**
     * @throws OfficeAccessDeniedException when {@code member} may not read the office (audited)
     * @throws OfficeNotFoundException when there is no such office
     */
    Office office(StaffMember member, String officeId);

    /** How many holds and confirmed appointments of the office have not started yet (shown before a change). */
    int appointmentsAhead(StaffMember member, String officeId);

    /**
     * A new active office, without opening hours until its week is set.
     *
     * @throws InvalidValueException for a malformed or taken id, an unknown state or time zone, a blank or too
     *     long name, city or address
     * @throws OfficeAccessDeniedException unless {@code member} is an admin (audited)
     */
    Office create(StaffMember member, OfficeDetails details);

    /**
     * Changes the office's details ({@code details.id()} is ignored: an id never changes). The time zone cannot
     * change while appointments are ahead: their local times would move under the applicants.
     *
     * @param version {@link Office#version()} as read when the edit began
     * @throws EditConflictException when the office changed since {@code version} was read
     * @throws InvalidValueException as {@link #create} does, or for a time zone change with appointments ahead
     * @throws OfficeAccessDeniedException unless {@code member} is an admin or works in the office (audited)
     */
    Office edit(StaffMember member, String officeId, OfficeDetails details, long version);

    /**
     * Hides the office from the public calendar (appointments already booked keep their place) or shows it again.
     *
     * @throws EditConflictException when the office changed since {@code version} was read
     * @throws OfficeAccessDeniedException unless {@code member} is an admin (audited)
     */
    Office setActive(StaffMember member, String officeId, boolean active, long version);
}
