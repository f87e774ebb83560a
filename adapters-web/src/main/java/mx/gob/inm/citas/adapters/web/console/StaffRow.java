package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;

/** One staff account as the users page lists it. */
public record StaffRow(String username, String displayName, String role, String roleLabel, String offices,
        boolean enabled) implements Serializable {

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public String getRoleLabel() {
        return roleLabel;
    }

    public String getOffices() {
        return offices;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
