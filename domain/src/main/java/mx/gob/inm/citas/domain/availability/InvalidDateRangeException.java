package mx.gob.inm.citas.domain.availability;

import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** A range of dates that is reversed or too long to ask for at once. */
public class InvalidDateRangeException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal without a code.
     *
     * @deprecated use {@link #InvalidDateRangeException(String, String, Object...)}
     */
    @Deprecated
    public InvalidDateRangeException(String message) {
        super(message);
    }

    /** A refusal with its {@code code}, its English {@code message} and the values a message may show. */
    public InvalidDateRangeException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
