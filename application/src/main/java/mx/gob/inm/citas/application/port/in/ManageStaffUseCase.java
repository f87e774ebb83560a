package mx.gob.inm.citas.application.port.in;

import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;

/**
 * In-port: an admin manages the staff accounts. Every method refuses anyone but an enabled admin
 * ({@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException}) and records what it did in the audit log.
 */
public interface ManageStaffUseCase {

    List<StaffMember> staff(StaffMember admin);

    StaffMember create(StaffMember admin, NewStaffMemberCommand command);

    StaffMember assign(StaffMember admin, String username, String displayName, StaffRole role, Set<OfficeId> offices);

    /**
     * Disables the account. An admin cannot disable their own, and the store refuses to disable or demote (in
     * {@link #assign}) the last enabled admin ({@link mx.gob.inm.citas.domain.staff.LastAdminException}), also when
     * two admins do it to each other at the same moment.
     */
    StaffMember disable(StaffMember admin, String username);

    StaffMember enable(StaffMember admin, String username);

    StaffMember resetPassword(StaffMember admin, String username, char[] newPassword);
}
