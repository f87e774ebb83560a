package mx.gob.inm.citas.application.service;

import java.time.Clock;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * The access checks every console use case makes, with refusals written to the audit log (the services keep
 * that entry by not rolling back on {@link OfficeAccessDeniedException}).
 */
final class StaffAccess {

    private final AuditLog audit;
    private final Clock clock;

    StaffAccess(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The office id, once {@code member} may read the office; a malformed id is an unknown office. */
    OfficeId readable(StaffMember member, String officeId) {
        OfficeId office = officeId(officeId);
        if (!member.mayRead(office)) {
            refused(member, office, "read");
        }
        return office;
    }

    OfficeId workable(StaffMember member, String officeId) {
        OfficeId office = officeId(officeId);
        if (!member.mayWorkIn(office)) {
            refused(member, office, "change");
        }
        return office;
    }

    void admin(StaffMember member, String what) {
        if (!member.isAdmin()) {
            audit.record(new AuditEntry(clock.instant(), member.username().value(), AuditAction.ACCESS_REFUSED, null,
                    what, "administrators only"));
            member.checkIsAdmin();
        }
    }

    void record(StaffMember member, AuditAction action, OfficeId office, String subject, String detail) {
        audit.record(new AuditEntry(clock.instant(), member.username().value(), action, office, subject, detail));
    }

    private void refused(StaffMember member, OfficeId office, String what) {
        audit.record(new AuditEntry(clock.instant(), member.username().value(), AuditAction.ACCESS_REFUSED, office,
                office.value(), "tried to " + what + " as " + member.role()));
        if ("read".equals(what)) {
            member.checkMayRead(office);
        } else {
            member.checkMayWorkIn(office);
        }
    }

    /** The office id typed; a malformed one is an unknown office. */
    static OfficeId officeId(String typed) {
        if (!OfficeId.isWellFormed(typed)) {
            throw new OfficeNotFoundException(typed);
        }
        return new OfficeId(typed);
    }
}
