package mx.gob.inm.citas.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProcedureCodeTest {

    /** The format as the catalogue writes it, kept here to check the hand-written check against it. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    @Test
    void codes_of_the_catalogue_are_well_formed() {
        assertThat(new ProcedureCode("CANJE-RT").value()).isEqualTo("CANJE-RT");
        assertThat(ProcedureCode.isWellFormed("NOTIF-DOMICILIO")).isTrue();
        assertThat(ProcedureCode.isWellFormed("A")).isTrue();
        assertThat(ProcedureCode.isWellFormed("RT2-B9")).isTrue();
    }

    @Test
    void lower_case_leading_digits_double_or_trailing_dashes_blanks_and_long_codes_are_refused() {
        for (String bad : new String[] {null, "", "canje-rt", "1CANJE", "-CANJE", "CANJE--RT", "CANJE-", "CANJE RT",
            " CANJE", "CANJÉ", "CANJE_RT", "A".repeat(ProcedureCode.MAX_LENGTH + 1)}) {
            assertThat(ProcedureCode.isWellFormed(bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThat(ProcedureCode.isWellFormed("A".repeat(ProcedureCode.MAX_LENGTH))).isTrue();
        assertThatThrownBy(() -> new ProcedureCode("CANJE--RT")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("procedureCode.malformed"));
    }

    @Test
    void the_check_agrees_with_the_format_on_every_string_of_up_to_five_characters_of_a_small_alphabet() {
        char[] alphabet = {'A', 'Z', '0', '9', '-', 'a', ' ', '@'};
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            for (long n = 0; n < Math.pow(alphabet.length, length); n++) {
                long rest = n;
                char[] text = new char[length];
                for (int i = 0; i < length; i++) {
                    text[i] = alphabet[(int) (rest % alphabet.length)];
                    rest /= alphabet.length;
                }
                String candidate = new String(text);
                assertThat(ProcedureCode.isWellFormed(candidate)).as("'" + candidate + "'")
                        .isEqualTo(FORMAT.matcher(candidate).matches());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(37449);
    }
}
