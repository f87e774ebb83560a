package mx.gob.inm.citas.application.port.in;

import java.util.List;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.StaffMember;

/** In-port: admins read the audit log. */
public interface BrowseAuditLogUseCase {

    List<AuditEntry> find(StaffMember admin, AuditQuery query);
}
