package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import mx.gob.inm.citas.domain.shared.Language;

/** The language to answer in: the first of the client's {@code Accept-Language} we speak, else Spanish. */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static Language of(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            var language = Language.fromTag(locale.toLanguageTag());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.SPANISH;
    }
}
