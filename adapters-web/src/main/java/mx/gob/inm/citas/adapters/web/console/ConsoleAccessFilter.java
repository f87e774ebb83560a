package mx.gob.inm.citas.adapters.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * After the container has authenticated a console request: when the account has been disabled (or deleted) since
 * sign-in, the session ends here and the person lands on the sign-in page, before any page shows data.
 */
/* mapped in the web fragment: /console/*, last of the filters */
@WebFilter(filterName = "consoleAccess")
public class ConsoleAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffSignInUseCase signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        Optional<StaffMember> member = caller == null ? Optional.empty() : signIn.current(caller.getName());
        // read once per request: the page's CurrentStaff takes it from here
        member.ifPresent(m -> request.setAttribute(CurrentStaff.MEMBER, m));
        if (caller != null && member.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + ConsoleRoles.SIGN_IN_PAGE + "?disabled=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
