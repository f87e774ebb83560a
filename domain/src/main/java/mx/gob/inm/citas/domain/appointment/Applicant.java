package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * The person an appointment is for, as their passport names them, and how to reach them. Names follow the rule for
 * typed text ({@link TypedText}): one line, in NFC, no control or direction characters, so they reach mails and
 * exports as the applicant wrote them. The e-mail address is empty only for an applicant staff booked for at the
 * desk or on the phone: they get the code on paper or aloud, and no mail is sent to them.
 */
public record Applicant(String givenNames, String surnames, Nationality nationality, PassportNumber passport,
        LocalDate dateOfBirth, Optional<EmailAddress> email, Optional<String> phone, Language language) {

    /** Names longer than this are refused. */
    public static final int MAX_NAME_LENGTH = 100;
    /** What an anonymised applicant is called; see {@link #anonymised}. */
    public static final String ANONYMISED_NAME = "—";
    /** The e-mail address of an anonymised applicant: in the reserved {@code .invalid} domain, so nothing is sent. */
    public static final EmailAddress ANONYMISED_EMAIL = new EmailAddress("anonimizado@anonimizado.invalid");
    /** The date of birth of an anonymised applicant: the first one the rule accepts, no one's real one. */
    public static final LocalDate ANONYMISED_DATE_OF_BIRTH = LocalDate.of(1900, 1, 2);

    public Applicant {
        givenNames = givenNamesOf(givenNames);
        surnames = surnamesOf(surnames);
        requirePresent(nationality, "nationality", "The nationality");
        requirePresent(passport, "passport", "The passport number");
        requirePresent(dateOfBirth, "dateOfBirth", "The date of birth");
        require(isPlausibleDateOfBirth(dateOfBirth), "dateOfBirth.before1900", "The date of birth must be after 1900");
        requirePresent(email, "internal", "The e-mail address (or none)");
        phone = requirePresent(phone, "internal", "The phone (or none)").map(String::strip).filter(p -> !p.isEmpty());
        phone.ifPresent(p -> require(isPhoneNumber(p), "phone.malformed",
                "A phone number has 7 to 20 digits, optionally with +, spaces, dashes or parentheses"));
        requirePresent(language, "language", "The language");
    }

    /** An applicant with an e-mail address, as every applicant booking online has. */
    public Applicant(String givenNames, String surnames, Nationality nationality, PassportNumber passport,
            LocalDate dateOfBirth, EmailAddress email, Optional<String> phone, Language language) {
        this(givenNames, surnames, nationality, passport, dateOfBirth,
                Optional.of(requirePresent(email, "email", "The e-mail address")), phone, language);
    }

    /**
     * The given names as an applicant keeps them, or the refusal that says why not ({@link
     * mx.gob.inm.citas.domain.shared.UnsafeTextException} for a character that is not text), so that a form can
     * explain it beside the field.
     */
    public static String givenNamesOf(String typed) {
        return TypedText.line(typed, "givenNames", "The given names", MAX_NAME_LENGTH);
    }

    /** The surnames as an applicant keeps them; see {@link #givenNamesOf}. */
    public static String surnamesOf(String typed) {
        return TypedText.line(typed, "surnames", "The surnames", MAX_NAME_LENGTH);
    }

    /** After 1900 (no one older books an appointment; an earlier date is a typing mistake). */
    public static boolean isPlausibleDateOfBirth(LocalDate date) {
        return date.isAfter(LocalDate.of(1900, 1, 1));
    }

    /**
     * Whether a person can have been born on {@code date} when the office's own date is {@code today}: after 1900
     * and before today. The edges ask this with the injected clock and the office's zone, as the booking does.
     */
    public static boolean isDateOfBirth(LocalDate date, LocalDate today) {
        return isPlausibleDateOfBirth(date) && date.isBefore(today);
    }

    /** 7 to 20 digits, optionally with a leading +, spaces, dashes or parentheses. */
    public static boolean isPhoneNumber(String phone) {
        return phone.strip().matches("\\+?[0-9 ()-]{7,20}");
    }

    /**
     * What is left of this applicant once their personal data is forgotten: nationality and language, which the
     * office's figures count, and placeholders that satisfy every rule the stored appointment must. The passport
     * placeholder is made of the appointment's {@code code}, so it is unique and never collides with another
     * appointment's in the store's one-active-appointment-per-passport key.
     */
    public Applicant anonymised(ConfirmationCode code) {
        return new Applicant(ANONYMISED_NAME, ANONYMISED_NAME, nationality, new PassportNumber("ANON" + code.value()),
                ANONYMISED_DATE_OF_BIRTH, Optional.of(ANONYMISED_EMAIL), Optional.empty(), language);
    }

    /** The name to greet the applicant with. */
    public String fullName() {
        return givenNames + " " + surnames;
    }
}
