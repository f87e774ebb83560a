package mx.gob.inm.citas.adapters.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;

/**
 * The member signed in, as stored now: a role or office change, or a disabled account, applies from the next
 * request ({@link ConsoleAccessFilter} signs a disabled member out before any page runs).
 */
@Named("staff")
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffSignInUseCase signIn;

    /** The request attribute under which {@link ConsoleAccessFilter} leaves the member it read. */
    static final String MEMBER = CurrentStaff.class.getName() + ".member";

    private StaffMember member;

    public StaffMember member() {
        if (member == null && FacesContext.getCurrentInstance() != null) {
            member = (StaffMember) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(MEMBER);
        }
        if (member == null) {
            Principal caller = security.getCallerPrincipal();
            member = signIn.current(caller == null ? null : caller.getName())
                    .orElseThrow(() -> new IllegalStateException("No enabled staff member is signed in"));
        }
        return member;
    }

    public String getUsername() {
        return member().username().value();
    }

    public String getDisplayName() {
        return member().displayName();
    }

    public String getRole() {
        return member().role().name();
    }

    public boolean isAdmin() {
        return member().role() == StaffRole.ADMIN;
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        signIn.signedOut(member());
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ConsoleRoles.SIGN_IN_PAGE + "?signedOut=true");
    }
}
