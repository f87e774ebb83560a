package mx.gob.inm.citas.domain.availability;

import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** A range of dates that is reversed or too long to ask for at once. */
public class InvalidDateRangeException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public InvalidDateRangeException(String message) {
        super(message);
    }
}
