package mx.gob.inm.citas.domain.shared;

/** A value object refused what it was given: a malformed code, a reversed range, a negative count. */
public class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal without a code.
     *
     * @deprecated use {@link #InvalidValueException(String, String, Object...)}
     */
    @Deprecated
    public InvalidValueException(String message) {
        super(message);
    }

    /** A refusal with its {@code code}, its English {@code message} and the values a message may show. */
    public InvalidValueException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }

    /**
     * Fails with {@code message} unless {@code condition} holds.
     *
     * @deprecated use {@link #require(boolean, String, String, Object...)}
     */
    @Deprecated
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValueException(message);
        }
    }

    /** Fails with the refusal {@code code} (its English {@code message}, its arguments) unless {@code condition}. */
    public static void require(boolean condition, String code, String message, Object... arguments) {
        if (!condition) {
            throw new InvalidValueException(code, message, arguments);
        }
    }

    /**
     * Fails unless {@code value} is present and has some non-blank text.
     *
     * @deprecated use {@link #requireText(String, String, String)}
     */
    @Deprecated
    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(what + " must not be blank");
        }
        return value.strip();
    }

    /**
     * Fails with the code {@code subject + ".blank"} unless {@code value} has some non-blank text; {@code what} names
     * it in English for the log.
     */
    public static String requireText(String value, String subject, String what) {
        if (value == null || value.isBlank()) { // the code and message are built only for a refusal
            throw new InvalidValueException(subject + ".blank", what + " must not be blank");
        }
        return value.strip();
    }

    /**
     * Fails unless {@code value} is present.
     *
     * @deprecated use {@link #requirePresent(Object, String, String)}
     */
    @Deprecated
    public static <T> T requirePresent(T value, String what) {
        if (value == null) {
            throw new InvalidValueException(what + " is required");
        }
        return value;
    }

    /**
     * Fails with the code {@code subject + ".required"} unless {@code value} is present; {@code what} names it in
     * English for the log.
     */
    public static <T> T requirePresent(T value, String subject, String what) {
        if (value == null) { // the code and message are built only for a refusal (this is called on every row read)
            throw new InvalidValueException(subject + ".required", what + " is required");
        }
        return value;
    }
}
