package mx.gob.inm.citas.domain.office;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.regex.Pattern;

/** The stable, URL-safe identity of an office, such as {@code cdmx-ciudad-de-mexico}. */
public record OfficeId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 60;

    public OfficeId {
        require(value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches(), "officeId.malformed",
                "An office id is lower-case letters, digits and single dashes (at most " + MAX_LENGTH
                        + " characters)", MAX_LENGTH);
    }

    /** Whether {@code candidate} is a well-formed office id, without throwing. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
