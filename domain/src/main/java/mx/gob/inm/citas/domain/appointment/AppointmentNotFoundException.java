package mx.gob.inm.citas.domain.appointment;

import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * No appointment matches: an unknown code, or a known code with another passport. The two are never told apart,
 * so nobody can learn which codes exist.
 */
public class AppointmentNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AppointmentNotFoundException() {
        super("appointment.notFound", "No appointment matches this confirmation code and passport number");
    }
}
