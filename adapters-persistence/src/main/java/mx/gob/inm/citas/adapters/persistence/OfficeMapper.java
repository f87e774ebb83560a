package mx.gob.inm.citas.adapters.persistence;

import java.time.ZoneId;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.State;

/** Maps offices between the domain and {@link OfficeEntity}. */
final class OfficeMapper {

    private OfficeMapper() {
    }

    static Office toDomain(OfficeEntity e) {
        return Office.reconstitute(new OfficeId(e.id), StoredText.read(e.name), new State(e.stateCode, e.stateName),
                StoredText.read(e.city), StoredText.read(e.address), ZoneId.of(e.timeZone), e.active, e.version);
    }

    /** Copies the office onto {@code e}, a new or a managed entity. */
    static OfficeEntity copy(Office office, OfficeEntity e) {
        e.id = office.id().value();
        e.name = office.name();
        e.stateCode = office.state().code();
        e.stateName = office.state().name();
        e.city = office.city();
        e.address = office.address();
        e.timeZone = office.timeZone().getId();
        e.active = office.isActive();
        return e;
    }
}
