package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.ManageStaffUseCase;
import mx.gob.inm.citas.application.port.in.NewStaffMemberCommand;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.PasswordHashing;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffPassword;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/** Admins create and change staff accounts; every change is audited. */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class StaffAdministrationService implements ManageStaffUseCase {

    private final StaffRepository staff;
    private final OfficeRepository offices;
    private final PasswordHashing hashing;
    private final StaffAccess access;

    @Inject
    public StaffAdministrationService(StaffRepository staff, OfficeRepository offices, PasswordHashing hashing,
            AuditLog audit, Clock clock) {
        this.staff = staff;
        this.offices = offices;
        this.hashing = hashing;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
    }

    /** For the CDI proxy only. */
    protected StaffAdministrationService() {
        this(null, null, null, null, null);
    }

    @Override
    public List<StaffMember> staff(StaffMember admin) {
        access.admin(admin, "staff list");
        return staff.findAll();
    }

    @Override
    public StaffMember create(StaffMember admin, NewStaffMemberCommand command) {
        access.admin(admin, "create " + command.username());
        Username username = Username.of(command.username());
        require(staff.findByUsername(username).isEmpty(), "username.taken", "The username " + username
                + " is already taken", username.value());
        StaffPassword.check(text(command.password()), username);
        StaffMember member = StaffMember.create(username, command.displayName(), command.role(),
                existing(command.offices()), hashing.hash(command.password()));
        staff.add(member);
        access.record(admin, AuditAction.STAFF_CREATED, null, username.value(), describe(member));
        return member;
    }

    @Override
    public StaffMember assign(StaffMember admin, String username, String displayName, StaffRole role,
            Set<OfficeId> newOffices) {
        access.admin(admin, "change " + username);
        StaffMember member = find(username);
        require(!member.username().equals(admin.username()) || role == StaffRole.ADMIN, "role.ownAdmin",
                "You cannot take the administrator role from your own account");
        member.rename(displayName);
        member.assign(role, existing(newOffices));
        staff.update(member);
        access.record(admin, AuditAction.STAFF_CHANGED, null, member.username().value(), describe(member));
        return member;
    }

    @Override
    public StaffMember disable(StaffMember admin, String username) {
        access.admin(admin, "disable " + username);
        StaffMember member = find(username);
        require(!member.username().equals(admin.username()), "staff.disableSelf",
                "You cannot disable your own account");
        member.disable();
        staff.update(member);
        access.record(admin, AuditAction.STAFF_DISABLED, null, member.username().value(), "");
        return member;
    }

    @Override
    public StaffMember enable(StaffMember admin, String username) {
        access.admin(admin, "enable " + username);
        StaffMember member = find(username);
        member.enable();
        staff.update(member);
        access.record(admin, AuditAction.STAFF_ENABLED, null, member.username().value(), "");
        return member;
    }

    @Override
    public StaffMember resetPassword(StaffMember admin, String username, char[] newPassword) {
        access.admin(admin, "reset the password of " + username);
        StaffMember member = find(username);
        StaffPassword.check(text(newPassword), member.username());
        member.resetPassword(hashing.hash(newPassword));
        staff.update(member);
        access.record(admin, AuditAction.PASSWORD_RESET, null, member.username().value(), "");
        return member;
    }

    private StaffMember find(String username) {
        require(Username.isWellFormed(username), "username.unknown", "There is no account " + username, username);
        return staff.findByUsername(Username.of(username))
                .orElseThrow(() -> new InvalidValueException("username.unknown", "There is no account " + username,
                        username));
    }

    private Set<OfficeId> existing(Set<OfficeId> requested) {
        Set<OfficeId> ids = requested == null ? Set.of() : requested;
        for (OfficeId id : ids) {
            require(offices.findById(id).isPresent(), "offices.unknown", "There is no office " + id, id.value());
        }
        return ids;
    }

    /** A missing password is refused by the password rule like a short one, not with a NullPointerException. */
    private static String text(char[] password) {
        return password == null ? null : new String(password);
    }

    private static String describe(StaffMember member) {
        return "role " + member.role() + (member.offices().isEmpty() ? "" : ", offices " + member.offices());
    }

    private static void require(boolean condition, String code, String message, Object... arguments) {
        InvalidValueException.require(condition, code, message, arguments);
    }
}
