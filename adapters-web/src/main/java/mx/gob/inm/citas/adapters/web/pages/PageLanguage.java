package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The language of the pages for this visitor: a choice made with the switch (kept a year in a cookie), else the
 * first of the browser's {@code Accept-Language} that we speak, else Spanish. The e-mails use the same language.
 */
@Named("language")
@SessionScoped
public class PageLanguage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "citas-lang";
    private static final int A_YEAR = 365 * 24 * 3600;

    private Language language;

    public Language current() {
        if (language == null) {
            language = fromRequest(FacesContext.getCurrentInstance().getExternalContext());
        }
        return language;
    }

    public Locale getLocale() {
        return current().locale();
    }

    /** The BCP 47 tag for {@code <html lang>}. */
    public String getTag() {
        return current().tag();
    }

    /** The tag of the other language, offered by the switch. */
    public String getOtherTag() {
        return (current() == Language.SPANISH ? Language.ENGLISH : Language.SPANISH).tag();
    }

    /** Switches and remembers; the current view is rendered again in the new language with its state kept. */
    public void switchTo(String tag) {
        language = Language.fromTag(tag).orElse(Language.SPANISH);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(language.locale());
        // secure whenever the page itself came over HTTPS (behind a proxy that says so, too)
        boolean secure = faces.getExternalContext().isSecure();
        Map<String, Object> properties = Map.of("maxAge", A_YEAR, "path", "/", "httpOnly", true, "SameSite", "Lax",
                "secure", secure);
        faces.getExternalContext().addResponseCookie(COOKIE, language.tag(), properties);
    }

    static Language fromRequest(ExternalContext context) {
        Object request = context.getRequest();
        if (request instanceof HttpServletRequest http) {
            Optional<Language> remembered = Optional.ofNullable(http.getCookies()).stream()
                    .flatMap(Arrays::stream).filter(c -> COOKIE.equals(c.getName()))
                    .map(Cookie::getValue).map(Language::fromTag).flatMap(Optional::stream).findFirst();
            if (remembered.isPresent()) {
                return remembered.get();
            }
            if (http.getHeader("Accept-Language") == null) {
                // without the header the container reports its own default locale, not the visitor's
                return Language.SPANISH;
            }
            return Language.firstSpoken(Collections.list(http.getLocales()));
        }
        return Language.SPANISH;
    }
}
