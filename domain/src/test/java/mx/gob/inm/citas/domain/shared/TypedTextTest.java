package mx.gob.inm.citas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import mx.gob.inm.citas.domain.shared.UnsafeTextException.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @Test
    void a_name_typed_with_a_combining_accent_is_kept_composed_so_it_equals_the_same_name_typed_with_one_character() {
        String decomposed = "Jose\u0301 Mari\u0301a";

        String kept = TypedText.line(" " + decomposed + " ", "The given names", 100);

        assertThat(kept).isEqualTo("José María").hasSize(10);
    }

    @Test
    void letters_of_every_script_accents_apostrophes_hyphens_and_the_joiner_some_scripts_need_are_text() {
        for (String name : new String[] {"Nguyễn Thị", "O'Connor-Ñúñez", "محمد", "Дмитрий", "김민준",
            "Ana 👩\u200D💻"}) {
            assertThat(TypedText.line(name, "The given names", 100)).isEqualTo(Normalizer.normalize(name,
                    Normalizer.Form.NFC));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {'\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029})
    void a_line_break_of_any_kind_is_refused_saying_so(int lineBreak) {
        assertThatThrownBy(() -> TypedText.line("Ana" + Character.toString(lineBreak) + "María", "The given names",
                100))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LINE_BREAK);
                    assertThat(e.codePoint()).isEqualTo(lineBreak);
                })
                .hasMessageStartingWith("The given names must not contain a line break (U+");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, '\t', 0x1B, 0x7F, 0x9B})
    void a_control_character_is_refused_even_the_ones_strip_would_hide_at_the_ends(int control) {
        String c = Character.toString(control);
        for (String typed : new String[] {"Ana" + c + "María", c + "Ana", "Ana" + c}) {
            assertThatThrownBy(() -> TypedText.line(typed, "The surnames", 100))
                    .isInstanceOfSatisfying(UnsafeTextException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONTROL_CHARACTER));
        }
    }

    @Test
    void a_nul_character_is_named_by_its_code_point_because_it_cannot_be_shown() {
        assertThatThrownBy(() -> TypedText.line("Ana\u0000", "The surnames", 100))
                .isInstanceOfSatisfying(UnsafeTextException.class,
                        e -> assertThat(e.character()).isEqualTo("U+0000"))
                .hasMessage("The surnames must not contain an invisible control character (U+0000)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
        0x2069})
    void a_mark_that_changes_the_direction_of_the_text_is_refused(int mark) {
        assertThatThrownBy(() -> TypedText.line("Ana " + Character.toString(mark) + "zepól", "Office name", 200))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DIRECTION_CONTROL);
                    assertThat(e.codePoint()).isEqualTo(mark);
                })
                .hasMessageContaining("changes the direction of the text");
    }

    @Test
    void half_of_a_utf16_pair_is_refused_as_a_broken_character() {
        assertThatThrownBy(() -> TypedText.line("Ana \uD83D", "The given names", 100))
                .isInstanceOfSatisfying(UnsafeTextException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BROKEN_CHARACTER));
        assertThat(TypedText.line("Ana \uD83D\uDE00", "The given names", 100)).isEqualTo("Ana 😀");
    }

    @Test
    void blank_and_too_long_texts_are_refused_as_before() {
        assertThatThrownBy(() -> TypedText.line("  ", "City", 100)).isNotInstanceOf(UnsafeTextException.class)
                .hasMessage("City must not be blank");
        assertThatThrownBy(() -> TypedText.line("x".repeat(101), "City", 100))
                .hasMessage("City must have at most 100 characters");
        // counted once composed: 100 accented letters typed as 200 characters fit
        assertThat(TypedText.line("e\u0301".repeat(100), "City", 100)).hasSize(100);
    }

    @Test
    void a_text_that_must_be_kept_whatever_it_holds_is_defused_instead_of_refused() {
        assertThat(TypedText.defused("root\r\nSIGNED_IN\u202Eadmin")).isEqualTo("root\uFFFD\uFFFDSIGNED_IN\uFFFDadmin");
        assertThat(TypedText.defused("Ana María")).isEqualTo("Ana María");
        assertThat(TypedText.defused(null)).isNull();
    }

    @Property
    void any_unsafe_character_anywhere_in_a_name_is_refused(@ForAll("names") String name,
            @ForAll("unsafeCharacters") int unsafe, @ForAll("positions") double where) {
        int at = (int) (where * name.length());
        String typed = name.substring(0, at) + Character.toString(unsafe) + name.substring(at);

        assertThatThrownBy(() -> TypedText.line(typed, "The given names", 200))
                .isInstanceOf(UnsafeTextException.class);
    }

    @Property
    void a_name_of_letters_accents_and_spaces_is_accepted_and_kept_composed(@ForAll("names") String name) {
        assertThat(TypedText.line(name, "The given names", 200))
                .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC).strip())
                .matches(kept -> Normalizer.isNormalized(kept, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("AaÁáEeÉéNnÑñOoÜü '-").withChars('\u0301', '\u0303', '\u0308')
                .withCharRange('\u0410', '\u044F').ofMinLength(1).ofMaxLength(60)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Integer> unsafeCharacters() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0x00, 0x1F), Arbitraries.integers().between(0x7F,
                0x9F), Arbitraries.integers().between(0x202A, 0x202E), Arbitraries.integers().between(0x2066, 0x2069),
                Arbitraries.of(0x061C, 0x200E, 0x200F, 0x2028, 0x2029));
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
