package mx.gob.inm.citas.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ZoneNameTest {

    @Test
    void cancun_is_the_southeast_not_the_united_states_eastern_time() {
        assertThat(ZoneName.of(ZoneId.of("America/Cancun"), Language.SPANISH)).isEqualTo("hora del Sureste");
        assertThat(ZoneName.of(ZoneId.of("America/Cancun"), Language.ENGLISH)).isEqualTo("Mexico Southeast Time");
    }

    @Test
    void each_zone_of_the_law_has_its_mexican_name() {
        assertThat(ZoneName.of(ZoneId.of("America/Mexico_City"), Language.SPANISH)).isEqualTo("hora del Centro");
        assertThat(ZoneName.of(ZoneId.of("America/Mazatlan"), Language.SPANISH)).isEqualTo("hora del Pacífico");
        assertThat(ZoneName.of(ZoneId.of("America/Tijuana"), Language.SPANISH)).isEqualTo("hora del Noroeste");
        assertThat(ZoneName.of(ZoneId.of("America/Ciudad_Juarez"), Language.SPANISH))
                .isEqualTo("hora del Pacífico, frontera norte");
    }

    @Test
    void staff_read_the_name_with_the_zones_identifier_without_brackets_inside_brackets() {
        assertThat(ZoneName.withId(ZoneId.of("America/Cancun"), Language.SPANISH))
                .isEqualTo("hora del Sureste (America/Cancun)");
        assertThat(ZoneName.withId(ZoneId.of("America/Tijuana"), Language.ENGLISH))
                .isEqualTo("Mexico Northwest Time (America/Tijuana)");
    }

    @Test
    void a_zone_outside_mexico_keeps_the_platforms_name() {
        assertThat(ZoneName.of(ZoneId.of("Europe/Berlin"), Language.ENGLISH)).contains("Central European")
                .doesNotContain("Mexico");
    }
}
