package mx.gob.inm.citas.application.port.in;

import java.util.List;

import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: the procedure catalogue in the console. Everyone signed in reads it; only an admin adds or edits a
 * procedure (audited). Appointments already booked keep the procedure they were booked for.
 */
public interface ManageCatalogueUseCase {

    /** Every procedure, bookable online or not, by code. */
    List<Procedure> procedures(StaffMember member);

    /**
     * @throws InvalidValueException for a malformed or taken code, a blank or too long name, a duration outside
     *     1 to 480 minutes, or requirement lists of different lengths or with blank lines
     * @throws OfficeAccessDeniedException unless {@code member} is an admin (audited)
     */
    Procedure create(StaffMember member, ProcedureDetails details);

    /**
     * Replaces the procedure {@code details.code()} names.
     *
     * @param version {@link Procedure#version()} as read when the edit began
     * @throws EditConflictException when the procedure changed since {@code version} was read
     * @throws ProcedureNotFoundException when there is no such procedure
     * @throws InvalidValueException as {@link #create} does
     * @throws OfficeAccessDeniedException unless {@code member} is an admin (audited)
     */
    Procedure edit(StaffMember member, ProcedureDetails details, long version);
}
