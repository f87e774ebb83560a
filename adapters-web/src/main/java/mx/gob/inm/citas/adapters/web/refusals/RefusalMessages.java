package mx.gob.inm.citas.adapters.web.refusals;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * The one translator of the domain's refusals: a refusal's code and arguments become a sentence in the reader's
 * language, for the API's problems, the public pages and the console alike. A code without a message of its own
 * falls back to its rule in general words ({@code any.tooLong}), then to its subject ({@code internal}), then to
 * {@code unspecified}: the domain's English message never reaches a reader.
 */
public final class RefusalMessages {

    static final String BUNDLE = "mx.gob.inm.citas.adapters.web.refusals.Refusals";
    private static final String CONSOLE = "console.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RefusalMessages() {
    }

    /** What {@code refusal} means, in {@code locale}'s language. */
    public static String of(DomainException refusal, Locale locale) {
        return of(refusal.code(), refusal.arguments(), locale);
    }

    /** The sentence for {@code code} with its {@code arguments}, in {@code locale}'s language. */
    public static String of(String code, List<Object> arguments, Locale locale) {
        return format(candidates(code), arguments, locale);
    }

    /**
     * As {@link #of(String, List, Locale)} for the console: where staff need other words than applicants (a
     * {@code console.} key, such as {@code console.appointment.notFound}), those; otherwise the same sentence.
     */
    public static String forConsole(String code, List<Object> arguments, Locale locale) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(CONSOLE + code);
        keys.addAll(candidates(code));
        return format(keys, arguments, locale);
    }

    private static String format(List<String> keys, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = pattern(bundle, keys).orElseGet(() -> bundle.getString(DomainException.UNSPECIFIED));
        Object[] shown = arguments.stream().map(a -> shown(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The key whose text says {@code code}, after the fallbacks; empty when only {@code unspecified} would. */
    public static Optional<String> keyOf(String code, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return candidates(code).stream().filter(bundle::containsKey).findFirst();
    }

    private static Optional<String> pattern(ResourceBundle bundle, List<String> keys) {
        for (String key : keys) {
            try {
                return Optional.of(bundle.getString(key));
            } catch (MissingResourceException missing) {
                // the next, more general key
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String code) {
        int dot = code.indexOf('.');
        if (dot < 0) {
            return List.of(code);
        }
        return List.of(code, "any" + code.substring(dot), code.substring(0, dot));
    }

    /** Times as 16:00, days in words, numbers as MessageFormat writes them, anything else as its text. */
    private static Object shown(Object argument, Locale locale) {
        if (argument instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (argument instanceof LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (argument instanceof Number) {
            return argument;
        }
        return String.valueOf(argument);
    }
}
