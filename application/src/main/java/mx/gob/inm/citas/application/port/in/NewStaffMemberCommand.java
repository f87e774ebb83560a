package mx.gob.inm.citas.application.port.in;

import java.util.Set;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.StaffRole;

/** An account an admin creates; the password is the first one, to be passed on to the person privately. */
public record NewStaffMemberCommand(String username, String displayName, StaffRole role, Set<OfficeId> offices,
        char[] password) {
}
