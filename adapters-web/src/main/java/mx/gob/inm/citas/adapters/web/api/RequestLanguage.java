package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The language to answer in: the first of the client's {@code Accept-Language} we speak, else Spanish. A header that
 * does not parse is no reason to refuse the request: it is read as no preference.
 */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static Language of(HttpHeaders headers) {
        try {
            return Language.firstSpoken(headers.getAcceptableLanguages());
        } catch (RuntimeException unparseable) {
            return Language.SPANISH;
        }
    }
}
