package mx.gob.inm.citas.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages the service speaks. Spanish comes first: it is the default everywhere. */
public enum Language {
    SPANISH("es"),
    ENGLISH("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The ISO 639-1 code: {@code es} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language a BCP 47 tag such as {@code en-US} or {@code es-MX} asks for, if we speak it. */
    public static Optional<Language> fromTag(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String primary = languageTag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of {@code preferred} (a client's {@code Accept-Language}, in order) that we speak, else Spanish. */
    public static Language firstSpoken(Iterable<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Language> spoken = fromTag(locale.toLanguageTag());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return SPANISH;
    }
}
