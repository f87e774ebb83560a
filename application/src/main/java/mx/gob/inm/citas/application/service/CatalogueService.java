package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;

/**
 * Shows the public the offices open to it and the procedure catalogue. Reads only: it joins the caller's transaction
 * when there is one and starts none of its own (the repositories cache what they read).
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CatalogueService implements ViewCatalogueUseCase {

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;

    @Inject
    public CatalogueService(OfficeRepository offices, ProcedureRepository procedures) {
        this.offices = offices;
        this.procedures = procedures;
    }

    /** For the CDI proxy only. */
    protected CatalogueService() {
        this(null, null);
    }

    @Override
    public List<Office> activeOffices() {
        return offices.findAll().stream().filter(Office::isActive).toList();
    }

    @Override
    public Office activeOffice(String officeId) {
        if (!OfficeId.isWellFormed(officeId)) {
            throw new OfficeNotFoundException(officeId);
        }
        return offices.findById(new OfficeId(officeId)).filter(Office::isActive)
                .orElseThrow(() -> new OfficeNotFoundException(officeId));
    }

    @Override
    public List<Procedure> procedures() {
        return procedures.findAll();
    }

    @Override
    public Procedure procedure(String code) {
        if (!ProcedureCode.isWellFormed(code)) {
            throw new ProcedureNotFoundException(code);
        }
        return procedures.findByCode(new ProcedureCode(code)).orElseThrow(() -> new ProcedureNotFoundException(code));
    }
}
