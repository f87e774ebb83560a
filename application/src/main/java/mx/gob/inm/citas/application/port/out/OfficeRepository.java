package mx.gob.inm.citas.application.port.out;

import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Out-port: stores offices. */
public interface OfficeRepository {

    /** Every office, active or not, ordered by state code then city. */
    List<Office> findAll();

    Optional<Office> findById(OfficeId id);

    /** Inserts a new office or updates the one with the same id. */
    void save(Office office);

    long count();
}
