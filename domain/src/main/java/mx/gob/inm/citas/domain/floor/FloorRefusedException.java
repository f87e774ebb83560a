package mx.gob.inm.citas.domain.floor;

import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * A step on the office floor that is not possible now: no tokens left today, a window that is not open or serves
 * another procedure, a visit that is not at this window or not in a state for the step.
 */
public class FloorRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FloorRefusedException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
