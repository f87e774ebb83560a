package mx.gob.inm.citas.domain.procedure;

import mx.gob.inm.citas.domain.shared.DomainException;

/** The catalogue has no procedure with the requested code. */
public class ProcedureNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ProcedureNotFoundException(String code) {
        super("procedure.notFound", "There is no procedure with code '" + code + "' in the catalogue", code);
    }
}
