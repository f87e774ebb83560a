package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Row of {@code capacity_snapshot} (V14): one procedure's backlog at one office at the end of an office-local day;
 * {@code takenAt} is UTC wall-clock time. The places and the next free day are null when the day was not measured.
 */
@Entity
@Table(name = "CAPACITY_SNAPSHOT")
@IdClass(CapacitySnapshotEntity.Key.class)
class CapacitySnapshotEntity {

    @Id
    @Column(name = "OFFICE_ID")
    String officeId;

    @Id
    @Column(name = "SNAPSHOT_DAY")
    LocalDate day;

    @Id
    @Column(name = "PROCEDURE_CODE")
    String procedureCode;

    @Column(name = "TAKEN_AT")
    LocalDateTime takenAt;

    @Column(name = "MEASURED")
    boolean measured;

    @Column(name = "OFFERED_PLACES")
    Long offeredPlaces;

    @Column(name = "FREE_PLACES")
    Long freePlaces;

    @Column(name = "NEXT_FREE_DAY")
    LocalDate nextFreeDay;

    @Column(name = "BOOKINGS")
    long bookings;

    @Column(name = "CANCELLATIONS")
    long cancellations;

    /** Composite key of a snapshot row: office, day, procedure. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String officeId;
        LocalDate day;
        String procedureCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(officeId, key.officeId) && Objects.equals(day, key.day)
                    && Objects.equals(procedureCode, key.procedureCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, day, procedureCode);
        }
    }
}
