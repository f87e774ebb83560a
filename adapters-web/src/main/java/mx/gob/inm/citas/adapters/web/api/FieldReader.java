package mx.gob.inm.citas.adapters.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Turns the fields of a request into domain values, collecting every failure with the field's name, so the
 * applicant learns all that is wrong at once.
 */
final class FieldReader {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** The value {@code parse} makes of {@code raw}, or null (and an error for {@code field}) when it cannot. */
    <T> T read(String field, String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (InvalidValueException e) {
            errors.add(new Problem.FieldError(field, e.getMessage()));
        } catch (RuntimeException e) {
            errors.add(new Problem.FieldError(field, "has an unexpected format"));
        }
        return null;
    }

    void fail(String field, String detail) {
        errors.add(new Problem.FieldError(field, detail));
    }

    boolean isClean() {
        return errors.isEmpty();
    }

    /** Throws when any field failed. */
    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
