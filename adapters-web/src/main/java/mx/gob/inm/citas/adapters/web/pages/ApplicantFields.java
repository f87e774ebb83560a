package mx.gob.inm.citas.adapters.web.pages;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;

/**
 * Checks the applicant's fields one by one, so each mistake is explained beside its own field; the domain's value
 * objects (passport, nationality, e-mail) decide what is valid, this class only says which field was wrong.
 */
public final class ApplicantFields {

    private ApplicantFields() {
    }

    /**
     * The applicant, or empty after a message was added beside every field that is wrong; {@code today} is the
     * office's own date, which the date of birth must precede.
     */
    static Optional<Applicant> check(ApplicantForm form, Language language, String prefix, LocalDate today) {
        boolean ok = true;
        String givenNames = name(prefix + "givenNames", form.getGivenNames(), Applicant::givenNamesOf);
        String surnames = name(prefix + "surnames", form.getSurnames(), Applicant::surnamesOf);
        ok &= givenNames != null && surnames != null;
        Nationality nationality = value(prefix + "nationality", "details.nationality.invalid",
                () -> new Nationality(form.getNationality()));
        PassportNumber passport = value(prefix + "passport", "details.passport.invalid",
                () -> new PassportNumber(form.getPassportNumber()));
        LocalDate born = form.getDateOfBirth();
        if (born == null) {
            Texts.error(prefix + "dateOfBirth", "details.dateOfBirth.required");
            ok = false;
        } else if (!Applicant.isDateOfBirth(born, today)) {
            Texts.error(prefix + "dateOfBirth", "details.dateOfBirth.past");
            ok = false;
        }
        EmailAddress email = value(prefix + "email", "details.email.invalid",
                () -> new EmailAddress(form.getEmail()));
        if (email != null && !email.value().equalsIgnoreCase(strip(form.getEmailAgain()))) {
            Texts.error(prefix + "emailAgain", "details.emailAgain.different");
            ok = false;
        }
        String phone = strip(form.getPhone());
        if (!phone.isEmpty() && !Applicant.isPhoneNumber(phone)) {
            Texts.error(prefix + "phone", "details.phone.invalid");
            ok = false;
        }
        if (!form.isPrivacyAccepted()) {
            Texts.error(prefix + "privacy", "details.privacy.required");
            ok = false;
        }
        if (!ok || nationality == null || passport == null || email == null) {
            return Optional.empty();
        }
        form.setPassportNumber(passport.value());
        try {
            return Optional.of(new Applicant(givenNames, surnames, nationality, passport, born, email,
                    Optional.of(phone), language));
        } catch (InvalidValueException e) {
            Texts.error(null, "refusal.OTHER");
            return Optional.empty();
        }
    }

    /** The name as the domain keeps it, or null after the reason was put beside the field. */
    public static String name(String field, String typed, UnaryOperator<String> rule) {
        if (strip(typed).isEmpty()) {
            Texts.error(field, "details.required");
            return null;
        }
        try {
            return rule.apply(typed);
        } catch (UnsafeTextException e) {
            Texts.error(field, "text.unsafe." + e.reason().name(), e.character());
        } catch (InvalidValueException tooLong) {
            // the only other refusal once the name is not blank
            Texts.error(field, "details.tooLong", Applicant.MAX_NAME_LENGTH);
        }
        return null;
    }

    /** The value {@code parse} makes of what was typed, or null after {@code key}'s message was put beside the field. */
    public static <T> T value(String field, String key, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException | NullPointerException e) {
            Texts.error(field, key);
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
