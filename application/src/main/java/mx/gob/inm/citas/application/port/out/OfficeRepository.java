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
     * Every office as stored now, never from a cache: for the console, whose edits must carry the stored
     * version (a cached one could be another instance's old version, and every save would be a conflict).
     */
    default List<Office> findAllAsStored() {
        return findAll();
    }

    /** The office as stored now, never from a cache (see {@link #findAllAsStored()}). */
    default Optional<Office> findByIdAsStored(OfficeId id) {
        return findById(id);
    }

    /**
     * Inserts a new office or updates the one with the same id. An update succeeds only while the stored office
     * still has {@link Office#version()}; the store checks that when it writes, so it holds across instances.
     *
     * @throws EditConflictException when the stored office has another version
     */
    void save(Office office);

    long count();
}
