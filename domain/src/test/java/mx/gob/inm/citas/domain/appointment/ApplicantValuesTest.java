package mx.gob.inm.citas.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException.Reason;
import org.junit.jupiter.api.Test;

class ApplicantValuesTest {

    @Test
    void a_date_of_birth_is_after_1900_and_before_the_offices_today() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(Applicant.isDateOfBirth(LocalDate.of(2026, 12, 1), today)).isTrue();
        assertThat(Applicant.isDateOfBirth(today, today)).as("born today: not yet a date of birth here").isFalse();
        assertThat(Applicant.isDateOfBirth(LocalDate.of(2026, 12, 3), today)).isFalse();
        assertThat(Applicant.isDateOfBirth(LocalDate.of(1900, 1, 1), today)).isFalse();
        assertThat(Applicant.isDateOfBirth(LocalDate.of(1900, 1, 2), today)).isTrue();
    }

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

    @Test
    void an_applicant_booked_for_by_staff_may_have_no_email_address_but_cannot_hold_a_place_online() {
        Applicant walkUp = DomainFixtures.applicantWithoutEmail("G1234567");
        assertThat(walkUp.email()).isEmpty();
        assertThat(DomainFixtures.applicant("G1234567").email()).contains(new EmailAddress("ana.g1234567@ejemplo.mx"));
        assertThatThrownBy(() -> Appointment.hold(new ConfirmationCode(DomainFixtures.CODE_1), DomainFixtures.cdmx().id(),
                DomainFixtures.CANJE_RT, walkUp, Instant.parse("2026-11-30T15:00:00Z"), Duration.ofMinutes(30),
                "123456", Instant.parse("2026-11-20T15:00:00Z"), Duration.ofMinutes(15)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("e-mail");
    }

    @Test
    void an_anonymised_applicant_without_email_gets_the_placeholder_address_the_database_expects() {
        Applicant forgotten = DomainFixtures.applicantWithoutEmail("G1234567")
                .anonymised(new ConfirmationCode(DomainFixtures.CODE_1));
        assertThat(forgotten.email()).contains(Applicant.ANONYMISED_EMAIL);
    }

    private static Applicant named(String givenNames, String surnames) {
        return new Applicant(givenNames, surnames, new Nationality("GTM"), new PassportNumber("G1234567"),
                LocalDate.of(1990, 5, 17), new EmailAddress("ana@ejemplo.mx"), Optional.empty(), Language.SPANISH);
    }

    @Test
    void names_are_kept_composed_so_the_same_name_typed_two_ways_is_one_name() {
        Applicant applicant = named("Jose\u0301", "Nu\u0301n\u0303ez");

        assertThat(applicant.givenNames()).isEqualTo("José");
        assertThat(applicant.surnames()).isEqualTo("Núñez");
        assertThat(applicant).isEqualTo(named("José", "Núñez"));
    }

    @Test
    void a_name_with_a_line_break_is_refused_so_it_never_splits_a_mail_header_or_an_export_row() {
        assertThatThrownBy(() -> named("Ana\r\nBcc: todos@ejemplo.mx", "Pérez"))
                .isInstanceOfSatisfying(UnsafeTextException.class, e -> assertThat(e.reason())
                        .isEqualTo(Reason.LINE_BREAK))
                .hasMessage("The given names must not contain a line break (U+000D)");
        assertThatThrownBy(() -> named("Ana", "Pérez\nLópez")).hasMessageStartingWith("The surnames must not");
    }

    @Test
    void a_name_with_a_nul_or_another_control_character_is_refused() {
        assertThatThrownBy(() -> named("Ana\u0000", "Pérez")).isInstanceOfSatisfying(UnsafeTextException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CONTROL_CHARACTER));
        assertThatThrownBy(() -> named("Ana", "Pérez\tLópez")).isInstanceOfSatisfying(UnsafeTextException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CONTROL_CHARACTER));
    }

    @Test
    void a_name_with_a_direction_override_is_refused_so_it_reads_in_mails_as_it_is_stored() {
        assertThatThrownBy(() -> named("Ana", "\u202Ezepér")).isInstanceOfSatisfying(UnsafeTextException.class,
                e -> assertThat(e.character()).isEqualTo("U+202E"))
                .hasMessageContaining("The surnames must not contain an invisible character that changes the"
                        + " direction of the text");
        assertThatThrownBy(() -> named("Ana\u200F", "Pérez")).isInstanceOf(UnsafeTextException.class);
        assertThatThrownBy(() -> named("Ana\u2066x\u2069", "Pérez")).isInstanceOf(UnsafeTextException.class);
    }

    @Test
    void the_rules_for_each_name_can_be_asked_one_field_at_a_time() {
        assertThat(Applicant.givenNamesOf(" Ana María ")).isEqualTo("Ana María");
        assertThatThrownBy(() -> Applicant.surnamesOf("x".repeat(Applicant.MAX_NAME_LENGTH + 1)))
                .hasMessage("The surnames must have at most 100 characters");
        assertThatThrownBy(() -> Applicant.givenNamesOf(null)).hasMessage("The given names must not be blank");
    }

    @Test
    void passport_e_mail_and_phone_refuse_a_line_break_or_a_control_character_too() {
        assertThatThrownBy(() -> new PassportNumber("G123\n4567")).isInstanceOf(UnsafeTextException.class)
                .hasMessageStartingWith("The passport number must not contain a line break");
        assertThatThrownBy(() -> new PassportNumber("\u202EG1234567")).isInstanceOf(UnsafeTextException.class);
        assertThatThrownBy(() -> new EmailAddress("ana@ejemplo.mx\r\nBcc: x@y.mx"))
                .isInstanceOf(UnsafeTextException.class);
        assertThatThrownBy(() -> new EmailAddress("ana\u0000@ejemplo.mx")).isInstanceOf(UnsafeTextException.class);
        for (String phone : new String[] {"55 1234\n5678", "55 1234 5678\u202E", "\u000055 1234 5678"}) {
            assertThat(Applicant.isPhoneNumber(phone)).as(phone).isFalse();
            assertThatThrownBy(() -> new Applicant("Ana", "Pérez", new Nationality("GTM"),
                    new PassportNumber("G1234567"), LocalDate.of(1990, 5, 17), new EmailAddress("ana@ejemplo.mx"),
                    Optional.of(phone), Language.SPANISH)).hasMessageContaining("phone");
        }
    }
}
