package mx.gob.inm.citas.domain.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import org.junit.jupiter.api.Test;

class OfficeTest {

    private final Office cancun = DomainFixtures.cancun();
    private final State quintanaRoo = cancun.state();
    private final ZoneId zone = cancun.timeZone();

    @Test
    void the_texts_staff_type_for_an_office_are_kept_composed_and_stripped() {
        cancun.changeDetails(" Oficina Cancu\u0301n ", quintanaRoo, "Cancu\u0301n", "Av. Tulum 1", zone);

        assertThat(cancun.name()).isEqualTo("Oficina Cancún");
        assertThat(cancun.city()).isEqualTo("Cancún");
    }

    @Test
    void an_office_name_city_or_address_with_a_line_break_control_or_direction_character_is_refused_unchanged() {
        assertThatThrownBy(() -> cancun.changeDetails("Oficina\nCancún", quintanaRoo, "Cancún", "Av. Tulum 1", zone))
                .isInstanceOf(UnsafeTextException.class)
                .hasMessage("Office name must not contain a line break (U+000A)");
        assertThatThrownBy(() -> cancun.changeDetails("Oficina", quintanaRoo, "Cancún\u0000", "Av. Tulum 1", zone))
                .isInstanceOf(UnsafeTextException.class).hasMessageStartingWith("City must not contain");
        assertThatThrownBy(() -> cancun.changeDetails("Oficina", quintanaRoo, "Cancún", "Av. \u202ETulum", zone))
                .isInstanceOf(UnsafeTextException.class).hasMessageStartingWith("Address must not contain");

        assertThat(cancun.name()).isEqualTo(DomainFixtures.cancun().name());
    }

    @Test
    void a_procedure_text_in_either_language_follows_the_same_rule() {
        assertThatThrownBy(() -> new LocalizedText("Canje\u202E", "Exchange")).isInstanceOf(UnsafeTextException.class)
                .hasMessageStartingWith("Spanish text must not contain");
        assertThatThrownBy(() -> new LocalizedText("Canje", "Exchange\r\n")).isInstanceOf(UnsafeTextException.class)
                .hasMessageStartingWith("English text must not contain");
    }
}
