package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import java.util.Set;

/** A nationality as an ISO 3166-1 alpha-3 country code, such as {@code GTM} or {@code USA}. */
public record Nationality(String code) {

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public Nationality {
        require(code != null, "nationality.required", "The nationality is required");
        code = code.strip().toUpperCase(Locale.ROOT);
        require(ISO_ALPHA3.contains(code), "nationality.unknown",
                "The nationality must be an ISO 3166-1 alpha-3 country code, such as GTM");
    }

    @Override
    public String toString() {
        return code;
    }
}
