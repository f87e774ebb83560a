package mx.gob.inm.citas.adapters.web.api;

import java.util.List;
import java.util.Locale;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.domain.shared.DomainException;

/** A request body whose fields failed validation; each failing field is named with the rule it broke. */
class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldReader.FieldRefusal> errors;

    InvalidRequestException(List<FieldReader.FieldRefusal> errors) {
        super(errors.size() == 1 ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).english()
                : errors.size() + " fields are not valid: " + String.join(", ", fields(errors)));
        this.errors = List.copyOf(errors);
    }

    /** One field refused by the domain, for the reason its code says. */
    static InvalidRequestException of(String field, DomainException refusal) {
        FieldReader fields = new FieldReader();
        fields.fail(field, refusal);
        return new InvalidRequestException(fields.errors());
    }

    /** The fields that failed, each with its rule said in {@code locale}'s language. */
    List<Problem.FieldError> errors(Locale locale) {
        return errors.stream().map(e -> new Problem.FieldError(e.field(),
                RefusalMessages.of(e.code(), e.arguments(), locale))).toList();
    }

    /** The problem's detail in {@code locale}'s language: which fields to check. */
    String detail(Locale locale) {
        return RefusalMessages.of("request.invalid", List.of(String.join(", ", fields(errors))), locale);
    }

    private static List<String> fields(List<FieldReader.FieldRefusal> errors) {
        return errors.stream().map(FieldReader.FieldRefusal::field).toList();
    }
}
