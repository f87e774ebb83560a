package mx.gob.inm.citas.application.port.out;

import java.util.Optional;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Out-port: how each office runs its floor (walk-in pools and their days, windows, turns, conversion). */
public interface OfficeFloorRepository {

    /** The office's floor as stored; empty for an office that never set it up. */
    Optional<OfficeFloor> find(OfficeId office);

    /**
     * Stores {@code floor}, which was read at {@link OfficeFloor#version()} (0: never stored), and returns it at its
     * new version.
     *
     * @throws mx.gob.inm.citas.domain.shared.EditConflictException when another save came first
     */
    OfficeFloor save(OfficeFloor floor);
}
