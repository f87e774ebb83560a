package mx.gob.inm.citas.domain.schedule;

import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.DomainException;

/** The office's weekly schedule has no period that serves the procedure. */
public class ProcedureNotOfferedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ProcedureNotOfferedException(ProcedureCode procedure, OfficeId office) {
        super("procedure.notOffered", "The office " + office + " does not offer the procedure " + procedure
                + "; choose another office that does", procedure.value(), office.value());
    }
}
