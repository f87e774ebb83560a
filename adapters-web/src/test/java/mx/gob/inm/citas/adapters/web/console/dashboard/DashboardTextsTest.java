package mx.gob.inm.citas.adapters.web.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import org.junit.jupiter.api.Test;

/** Every text of the dashboard exists in Spanish and in English, and no Spanish one is the English left in place. */
class DashboardTextsTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DashboardTextsTest.class.getResourceAsStream(
                "/mx/gob/inm/citas/adapters/web/pages/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void the_dashboard_speaks_both_languages_and_its_spanish_has_no_english_sentence() throws IOException {
        Properties spanish = load("Messages.properties");
        Properties english = load("Messages_en.properties");
        Set<String> keys = spanish.stringPropertyNames().stream().filter(k -> k.startsWith("console.dashboard."))
                .collect(Collectors.toSet());

        assertThat(keys).hasSizeGreaterThan(80);
        for (CapacityAlert alert : CapacityAlert.values()) {
            assertThat(keys).contains("console.dashboard.alert." + alert.name());
        }
        for (SellOutForecast.Outlook outlook : SellOutForecast.Outlook.values()) {
            assertThat(keys).contains("console.dashboard.forecast." + outlook.name());
        }
        assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith("console.dashboard.")))
                .containsExactlyInAnyOrderElementsOf(keys);
        for (String key : keys) {
            String es = spanish.getProperty(key);
            assertThat(es).as(key).isNotEqualTo(english.getProperty(key))
                    .doesNotContain("the ", "The ", " of ", "Download", "Figures", "days");
        }
    }
}
