package mx.gob.inm.citas.domain.staff;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * A person who signs in to the console.
 *
 * <p>Lifecycle: {@link #create created} by an admin with a role and, unless an admin, the offices they serve;
 * later {@link #assign assigned} another role or offices, {@link #disable disabled} (they can no longer sign in;
 * nothing they did is lost) and {@link #enable enabled} again, or given a {@link #resetPassword new password}.
 * The password itself is never here: only its hash, which the domain treats as opaque text.
 *
 * <p>What they may reach: an admin every office; a supervisor reads, and staff read and work in, only their
 * offices. A disabled member reaches nothing.
 */
public final class StaffMember {

    public static final int MAX_NAME_LENGTH = 100;

    private final Username username;
    private String displayName;
    private StaffRole role;
    private Set<OfficeId> offices;
    private boolean enabled;
    private String passwordHash;

    private StaffMember(Username username, String displayName, StaffRole role, Set<OfficeId> offices,
            boolean enabled, String passwordHash) {
        this.username = requirePresent(username, "username", "Username");
        this.passwordHash = requirePresent(passwordHash, "internal", "Password hash");
        this.enabled = enabled;
        rename(displayName);
        assign(role, offices);
    }

    public static StaffMember create(Username username, String displayName, StaffRole role, Set<OfficeId> offices,
            String passwordHash) {
        return new StaffMember(username, displayName, role, offices, true, passwordHash);
    }

    /** Rebuilds a stored member; only for repositories. */
    public static StaffMember reconstitute(Username username, String displayName, StaffRole role,
            Set<OfficeId> offices, boolean enabled, String passwordHash) {
        return new StaffMember(username, displayName, role, offices, enabled, passwordHash);
    }

    /** A new role and offices. Admins reach every office, so they keep none; the others need at least one. */
    public void assign(StaffRole newRole, Set<OfficeId> newOffices) {
        requirePresent(newRole, "role", "Role");
        Set<OfficeId> assigned = newOffices == null ? Set.of() : Set.copyOf(newOffices);
        require(newRole == StaffRole.ADMIN || !assigned.isEmpty(), "offices.noneAssigned",
                "A supervisor or staff member needs at least one"
                + " office");
        this.role = newRole;
        this.offices = newRole == StaffRole.ADMIN ? Set.of() : assigned;
    }

    /** The name others see in the console and the audit log; typed text ({@link TypedText}), 1 to 100 characters. */
    public void rename(String newDisplayName) {
        String name = newDisplayName == null ? "" : TypedText.safe(newDisplayName, "displayName", "A display name");
        require(!name.isEmpty() && name.length() <= MAX_NAME_LENGTH, "displayName.length",
                "A display name has 1 to " + MAX_NAME_LENGTH
                + " characters", MAX_NAME_LENGTH);
        this.displayName = name;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void resetPassword(String newPasswordHash) {
        this.passwordHash = requirePresent(newPasswordHash, "internal", "Password hash");
    }

    public boolean isAdmin() {
        return enabled && role == StaffRole.ADMIN;
    }

    /** May see the office's agenda, configuration and figures. */
    public boolean mayRead(OfficeId office) {
        return enabled && (role == StaffRole.ADMIN || offices.contains(office));
    }

    /** May change things in the office: its agenda, its schedule, its closures. */
    public boolean mayWorkIn(OfficeId office) {
        return enabled && (role == StaffRole.ADMIN || role == StaffRole.STAFF && offices.contains(office));
    }

    public void checkMayRead(OfficeId office) {
        if (!mayRead(office)) {
            throw new OfficeAccessDeniedException(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE, office,
                    username + " is not assigned to office " + office);
        }
    }

    public void checkMayWorkIn(OfficeId office) {
        if (!mayWorkIn(office)) {
            if (mayRead(office)) {
                throw new OfficeAccessDeniedException(OfficeAccessDeniedException.Reason.READ_ONLY, office,
                        "A supervisor can look at office " + office + " but not change anything in it");
            }
            checkMayRead(office);
        }
    }

    public void checkIsAdmin() {
        if (!isAdmin()) {
            throw new OfficeAccessDeniedException(OfficeAccessDeniedException.Reason.ADMIN_ONLY, null,
                    "Only an administrator can do this");
        }
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    /** The offices assigned (empty for an admin, who reaches them all), sorted. */
    public Set<OfficeId> offices() {
        return offices.stream().collect(Collectors.toCollection(() -> new TreeSet<>(
                (a, b) -> a.value().compareTo(b.value()))));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
