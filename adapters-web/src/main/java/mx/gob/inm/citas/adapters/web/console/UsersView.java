package mx.gob.inm.citas.adapters.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.application.port.in.ManageStaffUseCase;
import mx.gob.inm.citas.application.port.in.NewStaffMemberCommand;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffPassword;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * The admin's page of staff accounts: create one with a role and offices, change it, disable or enable it, give
 * it a new password. Everyone else gets the refusal as a page message and sees nothing.
 */
@Named("users")
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's field for each subject a refusal may be about. */
    private static final Map<String, String> FIELDS = Map.of("username", "users:username",
            "password", "users:password", "displayName", "users:displayName", "role", "users:role",
            "offices", "users:offices");

    @Inject
    transient ManageStaffUseCase staffAccounts;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    private List<StaffRow> rows = List.of();
    private List<Office> offices = List.of();
    private boolean refused;
    /** The form: a new account when {@code editing} is null, else the account being changed. */
    private String editing;
    private String username;
    private String displayName;
    private String role = StaffRole.STAFF.name();
    private List<String> officeIds = new ArrayList<>();
    private String password;

    public void load() {
        offices = catalogue.activeOffices();
        refresh();
    }

    public void startNew() {
        editing = null;
        username = null;
        displayName = null;
        role = StaffRole.STAFF.name();
        officeIds = new ArrayList<>();
        password = null;
    }

    public void edit(String name) {
        staffAccounts.staff(staff.member()).stream().filter(m -> m.username().value().equals(name)).findFirst()
                .ifPresent(m -> {
                    editing = name;
                    username = name;
                    displayName = m.displayName();
                    role = m.role().name();
                    officeIds = m.offices().stream().map(OfficeId::value).collect(Collectors.toList());
                    password = null;
                });
    }

    public void save() {
        String name = editing == null ? username : editing;
        boolean newPassword = password != null && !password.isEmpty();
        if ((editing == null || newPassword) && !acceptablePassword(name)) {
            password = null;
            Texts.errorText("users:password", RefusalMessages.forConsole("password.length",
                    List.of(StaffPassword.MIN_LENGTH, StaffPassword.MAX_LENGTH), Texts.locale()));
            return;
        }
        Set<OfficeId> chosen = officeIds.stream().map(OfficeId::new).collect(Collectors.toSet());
        StaffRole chosenRole = StaffRole.valueOf(role);
        boolean created = editing == null;
        boolean done = attempt(() -> {
            if (created) {
                staffAccounts.create(staff.member(), new NewStaffMemberCommand(username, displayName, chosenRole,
                        chosen, password == null ? new char[0] : password.toCharArray()));
            } else {
                staffAccounts.assign(staff.member(), editing, displayName, chosenRole, chosen);
                if (password != null && !password.isEmpty()) {
                    staffAccounts.resetPassword(staff.member(), editing, password.toCharArray());
                }
            }
        });
        password = null;
        if (done) {
            Texts.info(created ? "console.users.created" : "console.users.saved", username);
            startNew();
            refresh();
        }
    }

    public void disable(String name) {
        if (attempt(() -> staffAccounts.disable(staff.member(), name))) {
            Texts.info("console.users.disabled", name);
            refresh();
        }
    }

    public void enable(String name) {
        if (attempt(() -> staffAccounts.enable(staff.member(), name))) {
            Texts.info("console.users.enabled", name);
            refresh();
        }
    }

    private boolean acceptablePassword(String name) {
        try {
            StaffPassword.check(password, Username.of(name));
            return true;
        } catch (InvalidValueException badPasswordOrName) {
            return !Username.isWellFormed(name) && password != null
                    && password.length() >= StaffPassword.MIN_LENGTH && password.length() <= StaffPassword.MAX_LENGTH;
        }
    }

    private void refresh() {
        attempt(() -> rows = staffAccounts.staff(staff.member()).stream().map(this::row).toList());
    }

    /** A refusal beside the field it is about; one about no field (the last admin, say) at the top. */
    private boolean attempt(Runnable call) {
        return ConsoleAttempt.attempt(call, null, this::deny, FIELDS);
    }

    private void deny() {
        refused = true;
        rows = List.of();
    }

    private StaffRow row(StaffMember m) {
        return new StaffRow(m.username().value(), m.displayName(), m.role().name(),
                Texts.text("console.role." + m.role().name()),
                m.offices().stream().map(OfficeId::value).collect(Collectors.joining(", ")), m.isEnabled());
    }

    public List<StaffRow> getRows() {
        return rows;
    }

    public List<Office> getOffices() {
        return offices;
    }

    public List<String> getRoles() {
        return List.of(StaffRole.STAFF.name(), StaffRole.SUPERVISOR.name(), StaffRole.ADMIN.name());
    }

    public boolean isRefused() {
        return refused;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<String> getOfficeIds() {
        return officeIds;
    }

    public void setOfficeIds(List<String> officeIds) {
        this.officeIds = officeIds == null ? new ArrayList<>() : new ArrayList<>(officeIds);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
