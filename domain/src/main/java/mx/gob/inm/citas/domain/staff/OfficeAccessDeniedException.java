package mx.gob.inm.citas.domain.staff;

import mx.gob.inm.citas.domain.shared.DomainException;

/** A staff member asked for something outside their role or their offices. */
public class OfficeAccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OfficeAccessDeniedException(String message) {
        super(message);
    }
}
