package mx.gob.inm.citas.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wait a refused client is told ({@code Retry-After}, whole seconds): never shorter than the real one, so that a
 * client that waits as told is not refused again, and never zero.
 */
class TooManyRequestsExceptionTest {

    @ParameterizedTest
    @CsvSource({
        "PT0S, 1",
        "PT0.000000001S, 1",
        "PT0.4S, 1",
        "PT1S, 1",
        "PT1.000000001S, 2",
        "PT1.0005S, 2",
        "PT1.001S, 2",
        "PT59.5S, 60",
        "PT6M, 360",
        "PT1H, 3600",
        "PT-5S, 1"})
    void the_wait_in_whole_seconds_is_rounded_up_and_at_least_one(Duration wait, long seconds) {
        TooManyRequestsException refused = new TooManyRequestsException("holds-per-client", wait);

        assertThat(refused.retryAfterSeconds()).isEqualTo(seconds);
        assertThat(refused.getMessage()).isEqualTo("Too many requests (holds-per-client); try again in " + seconds
                + " s");
    }
}
