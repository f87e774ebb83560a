package mx.gob.inm.citas.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A limit as an operator writes it in the settings: {@code 10/1h} is read, anything else is refused by name. */
class QuotaTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "10/1h; 10; PT1H",
        "3/1d; 3; PT24H",
        "20/15m; 20; PT15M",
        "5/30s; 5; PT30S",
        "' 7 / 2 H '; 7; PT2H",
        "1/1D; 1; PT24H",
        "999999999/999999d; 999999999; PT23999976H"})
    void a_limit_written_as_requests_per_period_is_read(String written, int allowance, Duration per) {
        Quota quota = Quota.parse("holds-per-client", written);

        assertThat(quota.name()).isEqualTo("holds-per-client");
        assertThat(quota.allowance()).isEqualTo(allowance);
        assertThat(quota.per()).isEqualTo(per);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "10", "10/", "/1h", "10/h", "10/1", "ten/1h", "10/1w", "10/1ms", "-1/1h",
            "10/-1h", "0/1h", "10/0h", "00/1h", "1.5/1h", "10/1h extra", "10 per hour", "1234567890/1h", "10/1234567h",
            "10//1h", "10/1h/1h"})
    void anything_else_is_refused_naming_the_setting_and_what_was_written(String written) {
        assertThatThrownBy(() -> Quota.parse("sign-ins-per-username", written))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sign-ins-per-username")
                .hasMessageContaining("10/1h")
                .hasMessageContaining("'" + written + "'");
    }

    @Test
    void an_absent_limit_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> Quota.parse("holds-per-email", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds-per-email");
    }

    @Test
    void a_quota_made_in_code_needs_a_name_an_allowance_and_a_period() {
        assertThatThrownBy(() -> new Quota(" ", 1, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota("q", 0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota("q", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota("q", 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota("q", 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
