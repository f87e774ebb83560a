package mx.gob.inm.citas.application.port.out;

import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: a version of everything an office's free places are computed from (its places taken, its week, the
 * closures, the catalogue of offices and procedures), replaced after every committed change of any of them, on any
 * instance. The public calendar keeps an answer only while the version it was computed at is still the current one.
 */
public interface FreePlaceVersions {

    /** The current version of {@code office}'s free places; any value, only compared for equality. */
    long current(OfficeId office);
}
