package mx.gob.inm.citas.adapters.web.console;

import java.util.Locale;
import mx.gob.inm.citas.domain.staff.StaffRole;

/** The console's security roles: one per {@link StaffRole}, named in lower case. */
final class ConsoleRoles {

    static final String ADMIN = "admin";
    static final String SUPERVISOR = "supervisor";
    static final String STAFF = "staff";
    static final String SIGN_IN_PAGE = "/console/sign-in.xhtml";

    private ConsoleRoles() {
    }

    static String of(StaffRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
