package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import mx.gob.inm.citas.application.port.in.OpenSlotsAheadUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Opens each office's slots of the booking window in the ledger, one office per transaction. */
@ApplicationScoped
@Transactional
public class OpenSlotsAheadService implements OpenSlotsAheadUseCase {

    private final ViewCatalogueUseCase catalogue;
    private final CalendarFence calendar;

    @Inject
    public OpenSlotsAheadService(ViewCatalogueUseCase catalogue, CalendarFence calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    /** For the CDI proxy only. */
    protected OpenSlotsAheadService() {
        this(null, null);
    }

    @Override
    public List<OfficeId> offices() {
        return catalogue.activeOffices().stream().map(Office::id).toList();
    }

    @Override
    public int open(OfficeId office) {
        return calendar.opening(catalogue.activeOffice(office.value()));
    }
}
