package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * The body of {@code POST /appointments} read into a command: a refused value names its field (the problem mapper
 * answers an {@link InvalidRequestException} with a 400 listing them), never a server error.
 */
class AppointmentRequestsTest {

    private static AppointmentRequests.HoldRequest body(String givenNames, String surnames) {
        AppointmentRequests.ApplicantRequest applicant = new AppointmentRequests.ApplicantRequest();
        applicant.givenNames = givenNames;
        applicant.surnames = surnames;
        applicant.nationality = "GTM";
        applicant.passportNumber = "G1234567";
        applicant.dateOfBirth = "1990-05-17";
        applicant.email = "ana@ejemplo.mx";
        AppointmentRequests.HoldRequest body = new AppointmentRequests.HoldRequest();
        body.officeId = "cdmx-ciudad-de-mexico";
        body.procedure = "CANJE-RT";
        // whether this is a slot open to booking is the use case's to say, not the reader's
        body.start = "2026-12-01T09:00:00-06:00";
        body.applicant = applicant;
        return body;
    }

    @Test
    void a_given_name_with_a_control_character_is_refused_naming_applicant_given_names() {
        assertThatThrownBy(() -> AppointmentRequests.command(body("Ana\u0000María", "Pérez"), Language.SPANISH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errors(Locale.forLanguageTag("es"))).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("applicant.givenNames");
                        assertThat(error.detail()).contains("carácter de control", "U+0000");
                    });
                    assertThat(e.errors(Locale.ENGLISH)).singleElement().satisfies(error ->
                            assertThat(error.detail()).contains("control character", "U+0000"));
                    assertThat(e.detail(Locale.forLanguageTag("es"))).isEqualTo(
                            "Revise estos datos de la solicitud: applicant.givenNames.");
                })
                .hasMessageContaining("'applicant.givenNames'");
    }

    @Test
    void a_line_break_and_a_direction_override_are_refused_each_beside_its_own_field() {
        assertThatThrownBy(() -> AppointmentRequests.command(body("Ana\r\nBcc: x@y.mx", "\u202Ezepér"),
                Language.SPANISH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors(Locale.ENGLISH))
                        .extracting(Problem.FieldError::field)
                        .containsExactly("applicant.givenNames", "applicant.surnames"));
    }

    @Test
    void names_typed_with_combining_accents_reach_the_command_composed() {
        HoldAppointmentCommand command = AppointmentRequests.command(body("Jose\u0301", "Nu\u0301n\u0303ez"),
                Language.SPANISH);

        assertThat(command.applicant().givenNames()).isEqualTo("José");
        assertThat(command.applicant().surnames()).isEqualTo("Núñez");
    }

    @Test
    void a_date_of_birth_before_1900_is_refused_beside_its_field_and_a_future_one_is_left_to_the_booking() {
        AppointmentRequests.HoldRequest old = body("Ana", "Pérez");
        old.applicant.dateOfBirth = "1899-12-31";
        assertThatThrownBy(() -> AppointmentRequests.command(old, Language.SPANISH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors(Locale.ENGLISH))
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("applicant.dateOfBirth");
                            assertThat(error.detail()).contains("after 1900");
                        }));

        // "before today" is the office's today, which the booking knows: the reader asks no clock
        AppointmentRequests.HoldRequest future = body("Ana", "Pérez");
        future.applicant.dateOfBirth = "2999-01-01";
        assertThat(AppointmentRequests.command(future, Language.SPANISH).applicant().dateOfBirth())
                .hasToString("2999-01-01");
    }

    @Test
    void the_bookings_refusal_of_a_date_of_birth_names_the_field_in_the_requests_language() {
        InvalidValueException refused = new InvalidValueException("dateOfBirth.notPast", "must be in the past");
        InvalidRequestException problem = InvalidRequestException.of(AppointmentRequests.fieldOf(refused), refused);

        assertThat(problem.errors(Locale.forLanguageTag("es"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("applicant.dateOfBirth");
            assertThat(error.detail()).isEqualTo("La fecha de nacimiento debe ser anterior a hoy.");
        });
        assertThat(AppointmentRequests.fieldOf(new InvalidValueException("phone.malformed", "x")))
                .isEqualTo("applicant.phone");
        assertThat(AppointmentRequests.fieldOf(new InvalidValueException("internal", "x"))).isEqualTo("applicant");
    }
}
