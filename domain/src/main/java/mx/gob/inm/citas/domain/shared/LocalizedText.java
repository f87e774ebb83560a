package mx.gob.inm.citas.domain.shared;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

/** A text the applicant reads, in Spanish and in English; both are required. */
public record LocalizedText(String spanish, String english) {

    public LocalizedText {
        spanish = requireText(spanish, "Spanish text");
        english = requireText(english, "English text");
    }

    public String in(Language language) {
        return language == Language.ENGLISH ? english : spanish;
    }
}
