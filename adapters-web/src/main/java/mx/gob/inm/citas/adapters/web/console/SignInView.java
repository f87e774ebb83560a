package mx.gob.inm.citas.adapters.web.console;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.inm.citas.adapters.web.limits.Clients;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;

/** The sign-in form: hands the credentials to Jakarta Security and says plainly when they are not right. */
@Named("signIn")
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    RequestThrottle throttle;

    @Inject
    Clients clients;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        String client = clients.of(request);
        try {
            // before the password is hashed: a guessing run costs the server nothing past its allowance
            throttle.signIn(client, username);
        } catch (TooManyRequestsException limited) {
            Texts.error(null, "console.signIn.tooMany", Clients.minutes(limited));
            return;
        }
        if (request.getSession(false) != null) {
            // a new session id at sign-in (the page asked for is kept in the session): an id planted before
            // cannot ride on this sign-in
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(typed))));
        switch (status) {
            case SEND_CONTINUE -> {
                // signed in and sent on to the page first asked for
                if (request.getUserPrincipal() != null) {
                    throttle.signedIn(client, username);
                }
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.signedIn(client, username);
                external.redirect(external.getRequestContextPath() + landingPage(request));
            }
            default -> {
                // Jakarta Security keeps a failed sign-in's dialog open in the session (it marks the session as
                // signing in by the caller's own request, and only a success clears the mark): every console page
                // asked for next went down that path and answered an empty 200. Ending the session ends the
                // dialog; the form is shown again, with the error, in a new one.
                external.invalidateSession();
                Texts.error(null, "console.signIn.failed");
            }
        }
    }

    /** Supervisors and admins start on the capacity dashboard; staff on their office's agenda. */
    static String landingPage(HttpServletRequest signedIn) {
        return signedIn.isUserInRole(ConsoleRoles.SUPERVISOR) || signedIn.isUserInRole(ConsoleRoles.ADMIN)
                ? "/console/dashboard.xhtml" : "/console/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
