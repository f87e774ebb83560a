package mx.gob.inm.citas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void the_first_preferred_language_we_speak_wins_and_spanish_answers_everyone_else() {
        assertThat(Language.firstSpoken(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("es"))))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.firstSpoken(List.of(Locale.FRENCH, Locale.forLanguageTag("en-US"))))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.firstSpoken(List.of(Locale.FRENCH, Locale.GERMAN))).isEqualTo(Language.SPANISH);
        assertThat(Language.firstSpoken(List.of())).isEqualTo(Language.SPANISH);
    }
}
