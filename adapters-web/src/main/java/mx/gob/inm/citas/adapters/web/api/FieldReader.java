package mx.gob.inm.citas.adapters.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Turns the fields of a request into domain values, collecting every failure with the field's name and the code of
 * the rule it broke, so the applicant learns all that is wrong at once, in the language of the request (said by
 * {@link ProblemMapper} through the one translator of refusals).
 */
final class FieldReader {

    /** A field that failed: the rule's code and its arguments, and the rule in English for the log. */
    record FieldRefusal(String field, String code, List<Object> arguments, String english) {

        FieldRefusal {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<FieldRefusal> errors = new ArrayList<>();

    /** The value {@code parse} makes of {@code raw}, or null (and an error for {@code field}) when it cannot. */
    <T> T read(String field, String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            fail(field, "any.required", "is required");
            return null;
        }
        try {
            return parse.apply(raw.strip());
        } catch (InvalidValueException e) {
            fail(field, e);
        } catch (RuntimeException e) {
            fail(field, "request.format", "has an unexpected format");
        }
        return null;
    }

    /** {@code field} broke the rule {@code code}. */
    void fail(String field, String code, String english, Object... arguments) {
        errors.add(new FieldRefusal(field, code, List.of(arguments), english));
    }

    /** {@code field} was refused by the domain, for the reason its code says. */
    void fail(String field, DomainException refusal) {
        errors.add(refusal.hasCode() ? new FieldRefusal(field, refusal.code(), refusal.arguments(),
                refusal.getMessage()) : new FieldRefusal(field, "request.format", List.of(), refusal.getMessage()));
    }

    List<FieldRefusal> errors() {
        return List.copyOf(errors);
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
