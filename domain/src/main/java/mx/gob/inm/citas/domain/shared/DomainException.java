package mx.gob.inm.citas.domain.shared;

/**
 * A refusal by the domain: the request breaks a rule, and the message says which one in words a person
 * understands. Adapters translate each subtype into their own kind of answer (a problem, a page message).
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
