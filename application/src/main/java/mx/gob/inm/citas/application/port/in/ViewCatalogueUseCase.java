package mx.gob.inm.citas.application.port.in;

import java.util.List;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;

/** In-port: what the public may see of the catalogue — the offices open to it and the procedures. */
public interface ViewCatalogueUseCase {

    /** The active offices, by state and city. */
    List<Office> activeOffices();

    /**
     * One active office.
     *
     * @throws OfficeNotFoundException when no active office has that id (a malformed id included)
     */
    Office activeOffice(String officeId);

    /** The whole procedure catalogue, including those served only in person, by code. */
    List<Procedure> procedures();

    /**
     * One procedure of the catalogue.
     *
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException for an unknown or malformed code
     */
    Procedure procedure(String code);
}
