package mx.gob.inm.citas.domain.shared;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

/** A text the applicant reads, in Spanish and in English; both are required, and typed text ({@link TypedText}). */
public record LocalizedText(String spanish, String english) {

    public LocalizedText {
        spanish = requireText(TypedText.safe(spanish, "spanishText", "Spanish text"), "spanishText", "Spanish text");
        english = requireText(TypedText.safe(english, "englishText", "English text"), "englishText", "English text");
    }

    public String in(Language language) {
        return language == Language.ENGLISH ? english : spanish;
    }
}
