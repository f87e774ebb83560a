package mx.gob.inm.citas.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ApplicantValuesTest {

    @Test
    void passport_numbers_are_normalised_to_upper_case_without_spaces_or_dashes() {
        assertThat(new PassportNumber(" g12-345 678 ").value()).isEqualTo("G12345678");
        assertThat(new PassportNumber("G12345678").sameAs("g12 345-678")).isTrue();
        assertThatThrownBy(() -> new PassportNumber("12")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PassportNumber("AB#12345")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nationalities_are_iso_alpha3_codes() {
        assertThat(new Nationality("gtm").code()).isEqualTo("GTM");
        assertThatThrownBy(() -> new Nationality("GT")).hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> new Nationality("XYZ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void email_addresses_keep_the_local_part_and_lower_case_the_domain() {
        assertThat(new EmailAddress(" Ana.Perez@Ejemplo.MX ").value()).isEqualTo("Ana.Perez@ejemplo.mx");
        assertThatThrownBy(() -> new EmailAddress("ana@")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("ana perez@ejemplo.mx")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_applicant_needs_names_and_a_plausible_phone_when_one_is_given() {
        Applicant applicant = new Applicant(" Ana María ", "Pérez", new Nationality("GTM"), new PassportNumber("G1234567"),
                LocalDate.of(1990, 5, 17), new EmailAddress("ana@ejemplo.mx"), Optional.of(" "), Language.SPANISH);
        assertThat(applicant.fullName()).isEqualTo("Ana María Pérez");
        assertThat(applicant.phone()).isEmpty();
        assertThatThrownBy(() -> new Applicant("Ana", " ", new Nationality("GTM"), new PassportNumber("G1234567"),
                LocalDate.of(1990, 5, 17), new EmailAddress("ana@ejemplo.mx"), Optional.empty(), Language.SPANISH))
                .hasMessageContaining("surnames");
        assertThatThrownBy(() -> new Applicant("Ana", "Pérez", new Nationality("GTM"), new PassportNumber("G1234567"),
                LocalDate.of(1990, 5, 17), new EmailAddress("ana@ejemplo.mx"), Optional.of("call me"), Language.SPANISH))
                .hasMessageContaining("phone");
    }
}
