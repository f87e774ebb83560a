package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import mx.gob.inm.citas.domain.shared.Language;

/** The language to answer in: the first of the client's {@code Accept-Language} we speak, else Spanish. */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static Language of(HttpHeaders headers) {
        return Language.firstSpoken(headers.getAcceptableLanguages());
    }
}
