package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The public form's fields checked one by one; the date of birth against the office's own date, not the machine's. */
class ApplicantFieldsTest {

    private static ApplicantForm typed(LocalDate born) {
        ApplicantForm form = new ApplicantForm();
        form.setGivenNames("Ana María");
        form.setSurnames("Pérez López");
        form.setNationality("GTM");
        form.setPassportNumber("g123 4567");
        form.setDateOfBirth(born);
        form.setEmail("ana@ejemplo.mx");
        form.setEmailAgain("ana@ejemplo.mx");
        form.setPhone("");
        form.setPrivacyAccepted(true);
        return form;
    }

    private static List<String> beside(FakeFaces faces, String field) {
        List<String> texts = new ArrayList<>();
        faces.getMessages(field).forEachRemaining(m -> texts.add(((FacesMessage) m).getSummary()));
        return texts;
    }

    @Test
    void a_date_of_birth_is_checked_against_the_day_it_is_at_the_office() {
        // a day long past: the machine's clock would take 1995-06-01 as a past date
        LocalDate officeToday = LocalDate.of(1995, 6, 1);
        try (FakeFaces faces = FakeFaces.spanish()) {
            Optional<Applicant> born = ApplicantFields.check(typed(LocalDate.of(1995, 5, 31)), Language.SPANISH, "b:",
                    officeToday);
            assertThat(born).hasValueSatisfying(a -> assertThat(a.passport().value()).isEqualTo("G1234567"));

            Optional<Applicant> today = ApplicantFields.check(typed(officeToday), Language.SPANISH, "b:",
                    officeToday);
            assertThat(today).isEmpty();
            assertThat(beside(faces, "b:dateOfBirth")).singleElement().asString().contains("anterior a hoy");
        }
    }

    @Test
    void a_date_of_birth_before_1900_or_missing_is_said_beside_the_field_in_the_pages_language() {
        try (FakeFaces faces = new FakeFaces(java.util.Locale.ENGLISH)) {
            assertThat(ApplicantFields.check(typed(LocalDate.of(1899, 12, 31)), Language.ENGLISH, "b:",
                    LocalDate.of(2026, 12, 2))).isEmpty();
            assertThat(ApplicantFields.check(typed(null), Language.ENGLISH, "b:", LocalDate.of(2026, 12, 2)))
                    .isEmpty();
            assertThat(beside(faces, "b:dateOfBirth")).hasSize(2).allSatisfy(text ->
                    assertThat(text).doesNotContain("fecha"));
            assertThat(faces.pageMessages()).isEmpty();
        }
    }
}
