package mx.gob.inm.citas.domain.shared;

/** A value object refused what it was given: a malformed code, a reversed range, a negative count. */
public class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }

    /** Fails with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValueException(message);
        }
    }

    /** Fails unless {@code value} is present and has some non-blank text. */
    public static String requireText(String value, String what) {
        require(value != null && !value.isBlank(), what + " must not be blank");
        return value.strip();
    }

    /** Fails unless {@code value} is present. */
    public static <T> T requirePresent(T value, String what) {
        require(value != null, what + " is required");
        return value;
    }
}
