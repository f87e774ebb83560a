package mx.gob.inm.citas.domain.procedure;

import mx.gob.inm.citas.domain.shared.DomainException;

/** The procedure exists but is served only in person, with a same-day token at the office. */
public class ProcedureNotBookableOnlineException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ProcedureNotBookableOnlineException(ProcedureCode code) {
        super("procedure.inPersonOnly", "The procedure " + code
                + " cannot be booked online: it is served only in person at the office", code.value());
    }
}
