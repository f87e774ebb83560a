package mx.gob.inm.citas.application.port.in;

import java.util.Optional;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: a staff member at a service window. They open the window for their session, then call the next visit
 * the window may serve ({@link mx.gob.inm.citas.domain.floor.QueueOrder}); two windows calling at once never call
 * the same visit (the store decides). Then recall (at most 3 calls), start, finish, mark absent, or transfer to
 * another window or procedure. Every step is in the visit log; {@code number} is the visit's display number.
 */
public interface ServeAtWindowUseCase {

    /** Opens the window for {@code member}; refused while someone else has it open. */
    WindowDesk open(StaffMember member, String officeId, int window);

    void close(StaffMember member, String officeId, int window);

    WindowDesk desk(StaffMember member, String officeId, int window);

    /** Calls the next visit; the desk has no current visit when nobody the window may serve is waiting. */
    WindowDesk callNext(StaffMember member, String officeId, int window);

    WindowDesk recall(StaffMember member, String officeId, int window, String number);

    WindowDesk start(StaffMember member, String officeId, int window, String number);

    WindowDesk finish(StaffMember member, String officeId, int window, String number);

    WindowDesk markNoShow(StaffMember member, String officeId, int window, String number);

    WindowDesk transfer(StaffMember member, String officeId, int window, String number, Optional<Integer> toWindow,
            Optional<String> toProcedure);
}
