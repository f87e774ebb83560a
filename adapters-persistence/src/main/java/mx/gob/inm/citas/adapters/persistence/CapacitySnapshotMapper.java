package mx.gob.inm.citas.adapters.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/** Maps capacity snapshots between the domain and {@link CapacitySnapshotEntity}. */
final class CapacitySnapshotMapper {

    private CapacitySnapshotMapper() {
    }

    /**
     * A snapshot of {@code office} from its columns (the entity's attributes, as JPQL reads them): procedure, day,
     * taken at, measured, offered places, free places, next free day, bookings, cancellations.
     */
    static CapacitySnapshot toDomain(OfficeId office, Object[] row) {
        Optional<CapacitySnapshot.Measured> measured = (Boolean) row[3]
                ? Optional.of(new CapacitySnapshot.Measured((Long) row[4], (Long) row[5],
                        Optional.ofNullable((LocalDate) row[6])))
                : Optional.empty();
        return new CapacitySnapshot(office, new ProcedureCode((String) row[0]), (LocalDate) row[1],
                Utc.instant((LocalDateTime) row[2]), measured, (Long) row[7], (Long) row[8]);
    }

    static CapacitySnapshotEntity toEntity(CapacitySnapshot s) {
        CapacitySnapshotEntity e = new CapacitySnapshotEntity();
        e.officeId = s.office().value();
        e.day = s.day();
        e.procedureCode = s.procedure().value();
        e.takenAt = Utc.of(s.takenAt());
        e.measured = s.measured().isPresent();
        e.offeredPlaces = s.measured().map(CapacitySnapshot.Measured::offeredPlaces).orElse(null);
        e.freePlaces = s.measured().map(CapacitySnapshot.Measured::freePlaces).orElse(null);
        e.nextFreeDay = s.measured().flatMap(CapacitySnapshot.Measured::nextFreeDay).orElse(null);
        e.bookings = s.bookings();
        e.cancellations = s.cancellations();
        return e;
    }
}
