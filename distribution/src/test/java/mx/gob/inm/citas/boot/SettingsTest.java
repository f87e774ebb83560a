package mx.gob.inm.citas.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Settings settings = new Settings();

    @Test
    void reminders_go_out_at_the_hours_given_longest_first_or_not_at_all() {
        assertThat(reminders("72,24")).containsExactly(Duration.ofHours(72), Duration.ofHours(24));
        assertThat(reminders(" 24 , 48 ")).containsExactly(Duration.ofHours(48), Duration.ofHours(24));
        assertThat(reminders("none")).isEmpty();
    }

    @Test
    void reminder_hours_written_wrong_stop_the_start_with_the_settings_name() {
        settings.reminderHours = "72;24";
        assertThatThrownBy(settings::reminderSchedule).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CITAS_REMINDER_HOURS").hasMessageContaining("72;24");
        settings.reminderHours = "24,0";
        assertThatThrownBy(settings::reminderSchedule).isInstanceOf(InvalidValueException.class);
    }

    private java.util.List<Duration> reminders(String hours) {
        settings.reminderHours = hours;
        return settings.reminderSchedule().leads();
    }
}
