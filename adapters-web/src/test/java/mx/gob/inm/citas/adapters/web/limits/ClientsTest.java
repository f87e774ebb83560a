package mx.gob.inm.citas.adapters.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mx.gob.inm.citas.adapters.web.fakes.FakeRequest;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client of a request as the pages and the API ask for it, and the wait a person is told in minutes. */
class ClientsTest {

    @Test
    void a_trusted_proxies_setting_that_cannot_be_read_stops_the_application_at_start() {
        Clients clients = new Clients();
        clients.trustedProxies = "10.0.0.0/-1";

        assertThatThrownBy(() -> clients.readSettingAtStart(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("citas.trusted-proxies: '10.0.0.0/-1'");
    }

    @Test
    void the_trusted_proxies_setting_decides_whose_forwarded_address_counts() {
        Clients clients = new Clients();
        clients.trustedProxies = "10.0.0.0/8";
        clients.readSettingAtStart(new Object());

        assertThat(clients.of(FakeRequest.get("/").from("10.0.0.2").header("X-Forwarded-For", "203.0.113.5")
                .build())).isEqualTo("203.0.113.0/24");
    }

    @ParameterizedTest
    @CsvSource({"PT0.2S, 1", "PT59S, 1", "PT60S, 1", "PT60.5S, 2", "PT61S, 2", "PT6M, 6", "PT1H, 60"})
    void a_person_is_told_whole_minutes_never_fewer_than_the_wait(Duration wait, long minutes) {
        assertThat(Clients.minutes(new TooManyRequestsException("holds-per-client", wait))).isEqualTo(minutes);
    }
}
