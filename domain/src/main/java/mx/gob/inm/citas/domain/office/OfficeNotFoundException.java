package mx.gob.inm.citas.domain.office;

import mx.gob.inm.citas.domain.shared.DomainException;

/** No office open to the public has the requested id. */
public class OfficeNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OfficeNotFoundException(String officeId) {
        super("office.notFound", "There is no office with id '" + officeId + "'", officeId);
    }
}
