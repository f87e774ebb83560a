package mx.gob.inm.citas.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ConfirmationCodeTest {

    private final Random seeded = new Random(42);

    @Test
    void random_codes_have_eight_unambiguous_characters_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 10_000; i++) {
            String code = ConfirmationCode.random(random).value();
            assertThat(code).hasSize(8).doesNotContain("I", "L", "O", "U").matches("[0-9A-Z]{8}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void every_single_mistyped_character_is_caught() {
        for (int n = 0; n < 200; n++) {
            String code = ConfirmationCode.random(seeded).value();
            for (int position = 0; position < 8; position++) {
                for (char other : ConfirmationCode.ALPHABET.toCharArray()) {
                    if (other != code.charAt(position)) {
                        String typo = code.substring(0, position) + other + code.substring(position + 1);
                        assertThat(ConfirmationCode.isWellFormed(typo)).as(code + " -> " + typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void almost_every_swap_of_neighbouring_characters_is_caught() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 2_000; n++) {
            String code = ConfirmationCode.random(seeded).value();
            for (int i = 0; i < 7; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    swaps++;
                    if (!ConfirmationCode.isWellFormed(swapped)) {
                        caught++;
                    }
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void what_a_person_types_is_read_leniently() {
        String code = ConfirmationCode.random(seeded).value();
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ";
        assertThat(ConfirmationCode.parse(typed).value()).isEqualTo(code);
    }

    @Test
    void the_letters_o_i_and_l_are_read_as_the_digits_they_resemble() {
        String payload = "01" + ConfirmationCode.random(seeded).value().substring(0, 5);
        String code = payload + ConfirmationCode.checkCharacter(payload);
        String typed = "oI" + code.substring(2);
        assertThat(ConfirmationCode.parse(typed).value()).isEqualTo(code);
        assertThat(ConfirmationCode.parse("OL" + code.substring(2)).value()).isEqualTo(code);
    }

    @Test
    void garbage_is_refused() {
        assertThatThrownBy(() -> ConfirmationCode.parse("ABC")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ConfirmationCode.parse(null)).isInstanceOf(InvalidValueException.class);
        assertThat(ConfirmationCode.isWellFormed("UUUUUUUU")).isFalse();
    }
}
