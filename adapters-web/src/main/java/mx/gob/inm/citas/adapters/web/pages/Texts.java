package mx.gob.inm.citas.adapters.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import mx.gob.inm.citas.domain.office.ZoneName;
import mx.gob.inm.citas.domain.shared.Language;
import java.util.ResourceBundle;

/** The page texts of the current view's language, and messages shown beside a field or at the top of a page. */
public final class Texts {

    static final String BUNDLE = "mx.gob.inm.citas.adapters.web.pages.Messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Texts() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** The text in {@code locale}'s language, outside a Faces request too (exports, tests). */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An error shown beside the component {@code clientId} (null: at the top of the page). */
    public static void error(String clientId, String key, Object... arguments) {
        errorText(clientId, text(key, arguments));
    }

    /** The error {@code text}, already in the page's language, beside {@code clientId} (null: at the top). */
    public static void errorText(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput field) {
            // marked invalid: rendered with aria-invalid and the error style. An invalid field shows its submitted
            // value, and one without (Mojarra answers "" for it when empty strings are read as null) is rendered
            // empty: what the person typed in this request is given back, or else the value it had, so that a date
            // of birth refused after it was read is not wiped
            Object submitted = field.getSubmittedValue();
            if (submitted == null || "".equals(submitted)) {
                Object typed = faces.getExternalContext().getRequestParameterMap().get(field.getClientId(faces));
                Object value = field.getValue();
                if (typed != null) {
                    field.setSubmittedValue(typed);
                } else if (value instanceof String || value instanceof Number) {
                    field.setSubmittedValue(value.toString());
                }
            }
            field.setValid(false);
        }
    }

    /** A page message staff must act on, such as "no e-mail address: tell the person by phone". */
    public static void warn(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** "lunes, 30 de noviembre de 2026". */
    public static String date(TemporalAccessor when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(when);
    }

    public static String time(ZonedDateTime when) {
        return TIME.format(when);
    }

    /** The zone as Mexicans name it and by its identifier, for staff: "hora del Sureste (America/Cancun)". */
    public static String zone(ZoneId zone) {
        return ZoneName.withId(zone, Language.fromTag(locale().toLanguageTag()).orElse(Language.SPANISH));
    }

    /**
     * The zone as Mexicans name it, in the page's language, for applicants: "hora del Centro", "hora del Sureste"
     * ("Eastern Time" for Cancún would read as New York's).
     */
    public static String zoneName(ZoneId zone) {
        return ZoneName.of(zone, Language.fromTag(locale().toLanguageTag()).orElse(Language.SPANISH));
    }
}
