package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The nationalities to choose from: ISO 3166-1 alpha-3 codes named in the page's language, in its alphabetical
 * order.
 */
@Named
@ApplicationScoped
public class Countries {

    /** One choice of the list. */
    public record Country(String code, String name) {

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private final Map<Locale, List<Country>> byLanguage = new ConcurrentHashMap<>();

    public List<Country> getAll() {
        return byLanguage.computeIfAbsent(Texts.locale(), Countries::named);
    }

    private static List<Country> named(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Stream.of(Locale.getISOCountries())
                .map(alpha2 -> new Locale("", alpha2))
                .map(country -> new Country(country.getISO3Country(), country.getDisplayCountry(locale)))
                .filter(country -> !country.code().isEmpty())
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }
}
