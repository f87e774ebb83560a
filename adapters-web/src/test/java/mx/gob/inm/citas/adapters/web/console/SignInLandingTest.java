package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Where a member lands after signing in: supervisors and admins on the dashboard, staff on their agenda. */
class SignInLandingTest {

    private static HttpServletRequest signedInAs(String role) {
        return (HttpServletRequest) Proxy.newProxyInstance(SignInLandingTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isUserInRole")) {
                        return role.equals(args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void supervisors_and_admins_land_on_the_dashboard_and_staff_on_the_agenda() {
        assertThat(SignInView.landingPage(signedInAs(ConsoleRoles.SUPERVISOR))).isEqualTo("/console/dashboard.xhtml");
        assertThat(SignInView.landingPage(signedInAs(ConsoleRoles.ADMIN))).isEqualTo("/console/dashboard.xhtml");
        assertThat(SignInView.landingPage(signedInAs(ConsoleRoles.STAFF))).isEqualTo("/console/");
    }
}
