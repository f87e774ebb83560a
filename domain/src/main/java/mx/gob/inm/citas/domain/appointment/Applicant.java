package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.Language;

/** The person an appointment is for, as their passport names them, and how to reach them. */
public record Applicant(String givenNames, String surnames, Nationality nationality, PassportNumber passport,
        LocalDate dateOfBirth, EmailAddress email, Optional<String> phone, Language language) {

    public Applicant {
        givenNames = requireText(givenNames, "The given names");
        surnames = requireText(surnames, "The surnames");
        require(givenNames.length() <= 100 && surnames.length() <= 100, "Names have at most 100 characters");
        requirePresent(nationality, "The nationality");
        requirePresent(passport, "The passport number");
        requirePresent(dateOfBirth, "The date of birth");
        require(dateOfBirth.isAfter(LocalDate.of(1900, 1, 1)), "The date of birth must be after 1900");
        requirePresent(email, "The e-mail address");
        phone = requirePresent(phone, "The phone (or none)").map(String::strip).filter(p -> !p.isEmpty());
        phone.ifPresent(p -> require(p.matches("\\+?[0-9 ()-]{7,20}"),
                "A phone number has 7 to 20 digits, optionally with +, spaces, dashes or parentheses"));
        requirePresent(language, "The language");
    }

    /** The name to greet the applicant with. */
    public String fullName() {
        return givenNames + " " + surnames;
    }
}
