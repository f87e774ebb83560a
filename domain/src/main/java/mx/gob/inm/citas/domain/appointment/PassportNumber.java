package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import mx.gob.inm.citas.domain.shared.TypedText;

/** A passport number as issued, normalised: upper case, without spaces or dashes; 5 to 20 letters and digits. */
public record PassportNumber(String value) {

    public PassportNumber {
        require(value != null, "passport.required", "The passport number is required");
        // A line break or a control character is refused, not dropped with the spaces: it is no typing slip.
        value = normalise(TypedText.safe(value, "passport", "The passport number"));
        require(value.matches("[A-Z0-9]{5,20}"), "passport.malformed",
                "A passport number has 5 to 20 letters and digits (spaces and dashes are ignored)");
    }

    static String normalise(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** Whether two typed numbers are the same passport, spelling aside. */
    public boolean sameAs(String typed) {
        return typed != null && value.equals(normalise(typed));
    }

    /**
     * The number with all but its last three characters hidden ({@code *****567}), for records that must say which
     * passport was looked for without keeping it: who knows a number can find the records, who reads them learns
     * none.
     */
    public String masked() {
        int shown = Math.min(3, value.length());
        return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
    }

    @Override
    public String toString() {
        return value;
    }
}
