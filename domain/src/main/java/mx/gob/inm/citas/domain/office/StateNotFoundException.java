package mx.gob.inm.citas.domain.office;

import mx.gob.inm.citas.domain.shared.DomainException;

/** The requested code is none of Mexico's 32 federal entities ({@link State#federalEntities()}). */
public class StateNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StateNotFoundException(String stateCode) {
        super("state.unknown", "There is no state with code '" + stateCode + "'", stateCode);
    }
}
