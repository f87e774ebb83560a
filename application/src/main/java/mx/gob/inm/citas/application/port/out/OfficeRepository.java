package mx.gob.inm.citas.application.port.out;

import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Out-port: stores offices. */
public interface OfficeRepository {

    /** Every office, active or not, ordered by state code then city. */
    List<Office> findAll();

    Optional<Office> findById(OfficeId id);

    /**
     * Inserts a new office or updates the one with the same id. An update succeeds only while the stored office
     * still has {@link Office#version()}; the store checks that when it writes, so it holds across instances.
     *
     * @throws EditConflictException when the stored office has another version
     */
    void save(Office office);

    long count();
}
