package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.in.BrowseAuditLogUseCase;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/** Admins read the audit log. */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class AuditLogService implements BrowseAuditLogUseCase {

    private final AuditLog audit;
    private final StaffAccess access;

    @Inject
    public AuditLogService(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
    }

    /** For the CDI proxy only. */
    protected AuditLogService() {
        this(null, null);
    }

    @Override
    public List<AuditEntry> find(StaffMember admin, AuditQuery query) {
        access.admin(admin, "audit log");
        return audit.find(query);
    }
}
