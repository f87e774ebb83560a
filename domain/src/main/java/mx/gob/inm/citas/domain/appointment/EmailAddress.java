package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import java.util.regex.Pattern;
import mx.gob.inm.citas.domain.shared.TypedText;

/** An e-mail address where the applicant receives codes and confirmations; the domain part is lower-cased. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        require(value != null, "email.required", "The e-mail address is required");
        // Refused with its reason before the format, which would only say "must look like".
        value = TypedText.safe(value, "email", "The e-mail address");
        require(value.length() <= 254 && FORMAT.matcher(value).matches(), "email.malformed",
                "The e-mail address must look like nombre@ejemplo.com");
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
