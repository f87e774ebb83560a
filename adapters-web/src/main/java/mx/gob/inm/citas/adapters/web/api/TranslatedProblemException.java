package mx.gob.inm.citas.adapters.web.api;

import java.util.List;

/**
 * A refusal a resource has already put in the request's language: {@link ProblemMapper} answers it as the problem it
 * describes. The kind, title and status are the API's contract; the detail and the field errors are for people.
 */
class TranslatedProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String title;
    private final int status;
    private final String field;

    TranslatedProblemException(String kind, String title, int status, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.status = status;
        this.field = field;
    }

    Problem problem(String instance) {
        return Problem.of(kind, title, status, getMessage(), instance)
                .withErrors(List.of(new Problem.FieldError(field, getMessage())));
    }

    String kind() {
        return kind;
    }

    int status() {
        return status;
    }

    /** The request's field (a query parameter) the refusal is about. */
    String field() {
        return field;
    }
}
