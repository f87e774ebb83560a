package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.RequestThrottle;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import org.junit.jupiter.api.Test;

/** A change of a hold's e-mail address mails a new address: it is counted as a hold would be. */
class HoldGateTest {

    private final List<String> counted = new ArrayList<>();
    private final List<String> booked = new ArrayList<>();
    private RuntimeException holdQuota;
    private RuntimeException bookingAnswer;

    @Test
    void a_change_of_address_is_counted_as_a_resend_and_as_a_hold_of_the_client_its_network_and_the_passport() {
        gate().changeEmail("ABCD2345", "G1234567", new EmailAddress("ana@ejemplo.mx"), request());

        assertThat(counted).containsExactly("resend 203.0.113.0/24", "hold 203.0.113.0/24 203.0.113.0/24 G1234567");
        assertThat(booked).containsExactly("ABCD2345 G1234567 ana@ejemplo.mx");
    }

    @Test
    void a_change_the_booking_refuses_gives_the_hold_allowance_back() {
        bookingAnswer = new AppointmentRefusedException(Reason.NOT_ALLOWED_NOW, "appointment.emailChangesUsed",
                "Changed twice already", 2);

        assertThatThrownBy(() -> gate().changeEmail("ABCD2345", "G1234567", new EmailAddress("ana@ejemplo.mx"),
                request())).isSameAs(bookingAnswer);
        assertThat(counted).containsExactly("resend 203.0.113.0/24", "hold 203.0.113.0/24 203.0.113.0/24 G1234567",
                "holdRefused 203.0.113.0/24 203.0.113.0/24 G1234567");
    }

    @Test
    void a_client_whose_holds_are_used_up_cannot_change_the_address_either() {
        holdQuota = new TooManyRequestsException("holds-per-client", Duration.ofMinutes(30));

        assertThatThrownBy(() -> gate().changeEmail("ABCD2345", "G1234567", new EmailAddress("ana@ejemplo.mx"),
                request())).isSameAs(holdQuota);
        assertThat(booked).as("no mail goes out").isEmpty();
    }

    private static jakarta.servlet.http.HttpServletRequest request() {
        return FakeRequest.get("/").from("203.0.113.5").build();
    }

    private HoldGate gate() {
        HoldGate gate = new HoldGate();
        Clients clients = new Clients();
        clients.trustedProxies = "";
        clients.readSettingAtStart(new Object());
        gate.clients = clients;
        gate.throttle = throttle();
        gate.booking = (BookAppointmentUseCase) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BookAppointmentUseCase.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("changeEmail")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (bookingAnswer != null) {
                        throw bookingAnswer;
                    }
                    booked.add(arguments[0] + " " + arguments[1] + " " + ((EmailAddress) arguments[2]).value());
                    return null;
                });
        return gate;
    }

    private RequestThrottle throttle() {
        return new RequestThrottle() {
            @Override
            public void hold(String client, String network, String passport) {
                if (holdQuota != null) {
                    throw holdQuota;
                }
                counted.add("hold " + client + " " + network + " " + passport);
            }

            @Override
            public void holdRefused(String client, String network, String passport) {
                counted.add("holdRefused " + client + " " + network + " " + passport);
            }

            @Override
            public void verification(String client) {
                counted.add("verification " + client);
            }

            @Override
            public void lookup(String client) {
                counted.add("lookup " + client);
            }

            @Override
            public void resend(String client) {
                counted.add("resend " + client);
            }

            @Override
            public void challenge(String client) {
                counted.add("challenge " + client);
            }

            @Override
            public void signIn(String client, String username) {
                counted.add("signIn " + client);
            }

            @Override
            public void signedIn(String client, String username) {
                counted.add("signedIn " + client);
            }
        };
    }
}
