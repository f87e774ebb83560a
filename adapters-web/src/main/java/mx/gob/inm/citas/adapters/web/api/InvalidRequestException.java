package mx.gob.inm.citas.adapters.web.api;

import java.util.List;

/** A request body whose fields failed validation; each failing field is named. */
class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    InvalidRequestException(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? "The field '" + errors.get(0).field() + "' is not valid: " + errors.get(0).detail()
                : errors.size() + " fields are not valid: " + String.join(", ",
                        errors.stream().map(Problem.FieldError::field).toList()));
        this.errors = List.copyOf(errors);
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
