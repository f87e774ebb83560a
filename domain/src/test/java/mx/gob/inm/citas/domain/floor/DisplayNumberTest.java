package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNumberTest {

    @Test
    void a_number_is_its_letter_a_dash_and_its_place_in_the_day_with_three_digits() {
        assertThat(DisplayNumber.of('A', 17).value()).isEqualTo("A-017");
        assertThat(DisplayNumber.of('A', 1)).hasToString("A-001");
        assertThat(DisplayNumber.of('B', 999).value()).isEqualTo("B-999");
        assertThat(DisplayNumber.of('A', 17).letter()).isEqualTo('A');
    }

    @Test
    void a_busy_day_goes_on_to_four_digits_up_to_9999() {
        assertThat(DisplayNumber.of('A', 1000).value()).isEqualTo("A-1000");
        assertThat(DisplayNumber.of('A', 9999).value()).isEqualTo("A-9999");
    }

    @Test
    void a_place_before_the_first_or_after_9999_is_refused() {
        assertRefused(() -> DisplayNumber.of('A', 0), InvalidValueException.class, "displayNumber.outOfRange");
        assertRefused(() -> DisplayNumber.of('A', 10000), InvalidValueException.class, "displayNumber.outOfRange");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a17", "A17", "A 17", " a-17 ", "A-017", "a-0017", "A - 017"})
    void a_number_typed_by_a_person_is_read_whatever_its_case_spaces_dashes_or_zeros(String typed) {
        assertThat(DisplayNumber.typed(typed)).isEqualTo(DisplayNumber.of('A', 17));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"17", "A", "A-", "AA17", "A12345", "Ñ17", "A-1x", "-017"})
    void what_is_not_a_letter_and_up_to_four_digits_is_refused_as_malformed(String typed) {
        assertRefused(() -> DisplayNumber.typed(typed), InvalidValueException.class, "displayNumber.malformed");
    }

    @Test
    void a_typed_zero_is_no_place_of_the_day() {
        assertRefused(() -> DisplayNumber.typed("A0"), InvalidValueException.class, "displayNumber.outOfRange");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-017", "A017", "A-17", "A-12345", "AB-017", ""})
    void a_stored_number_must_be_written_as_the_display_shows_it(String value) {
        assertRefused(() -> new DisplayNumber(value), InvalidValueException.class, "displayNumber.malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A-0017", "A-000", "A-0000"})
    void a_stored_number_has_one_way_of_being_written_so_that_one_number_is_never_two(String value) {
        assertRefused(() -> new DisplayNumber(value), InvalidValueException.class, "displayNumber.malformed");
    }

    @Test
    void appointments_have_their_own_letter() {
        assertThat(DisplayNumber.APPOINTMENTS).isEqualTo('C');
        assertThat(DisplayNumber.of(DisplayNumber.APPOINTMENTS, 4).value()).isEqualTo("C-004");
    }
}
