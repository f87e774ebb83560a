package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import mx.gob.inm.citas.domain.shared.TypedText;

/** A passport number as issued, normalised: upper case, without spaces or dashes; 5 to 20 letters and digits. */
public record PassportNumber(String value) {

    public PassportNumber {
        require(value != null, "The passport number is required");
        // A line break or a control character is refused, not dropped with the spaces: it is no typing slip.
        value = normalise(TypedText.safe(value, "The passport number"));
        require(value.matches("[A-Z0-9]{5,20}"),
                "A passport number has 5 to 20 letters and digits (spaces and dashes are ignored)");
    }

    static String normalise(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** Whether two typed numbers are the same passport, spelling aside. */
    public boolean sameAs(String typed) {
        return typed != null && value.equals(normalise(typed));
    }

    @Override
    public String toString() {
        return value;
    }
}
