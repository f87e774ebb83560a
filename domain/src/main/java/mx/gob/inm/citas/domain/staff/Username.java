package mx.gob.inm.citas.domain.staff;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import java.util.regex.Pattern;

/** A staff member's sign-in name: 3 to 40 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Username {
        require(value != null && FORM.matcher(value).matches(), "username.malformed",
                "A username has 3 to 40 lower-case letters, digits,"
                + " dots, dashes or underscores, and starts with a letter or digit");
    }

    /** The username as typed, trimmed and in lower case. */
    public static Username of(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isWellFormed(String typed) {
        return typed != null && FORM.matcher(typed.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
