package mx.gob.inm.citas.adapters.web.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Console sign-in: a Faces form ({@code sign-in.xhtml}) hands the credentials to Jakarta Security, which checks
 * them with {@link StaffIdentityStore}. The roles are the groups that store gives; the constraints on
 * {@code /console/*} are in the web fragment. Asking for a console page while signed out redirects to the sign-in
 * page; signing in leads to the day agenda.
 */
@ApplicationScoped
@DeclareRoles({ConsoleRoles.ADMIN, ConsoleRoles.SUPERVISOR, ConsoleRoles.STAFF})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = ConsoleRoles.SIGN_IN_PAGE, errorPage = "", useForwardToLogin = false))
public class ConsoleSecurity {
}
