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

    static CapacitySnapshot toDomain(CapacitySnapshotEntity e) {
        Optional<CapacitySnapshot.Measured> measured = e.measured
                ? Optional.of(new CapacitySnapshot.Measured(e.offeredPlaces, e.freePlaces,
                        Optional.ofNullable(e.nextFreeDay)))
                : Optional.empty();
        return new CapacitySnapshot(new OfficeId(e.officeId), new ProcedureCode(e.procedureCode), e.day,
                Utc.instant(e.takenAt), measured, e.bookings, e.cancellations);
    }

    /**
     * A snapshot of {@code office} and {@code procedure} from the columns after the procedure's code: day, taken at,
     * measured, offered places, free places, next free day, bookings, cancellations.
     */
    static CapacitySnapshot toDomain(OfficeId office, ProcedureCode procedure, Object[] row) {
        Optional<CapacitySnapshot.Measured> measured = (Boolean) row[3]
                ? Optional.of(new CapacitySnapshot.Measured((Long) row[4], (Long) row[5],
                        Optional.ofNullable((LocalDate) row[6])))
                : Optional.empty();
        return new CapacitySnapshot(office, procedure, (LocalDate) row[1], Utc.instant((LocalDateTime) row[2]),
                measured, ((Number) row[7]).longValue(), ((Number) row[8]).longValue());
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
