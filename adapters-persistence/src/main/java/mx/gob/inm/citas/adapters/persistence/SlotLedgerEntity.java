package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Row of {@code slot_ledger}: places taken in one slot and the version of the calendar it is booked against; the
 * start is UTC wall-clock time.
 */
@Entity
@Table(name = "SLOT_LEDGER")
@IdClass(SlotLedgerEntity.Key.class)
class SlotLedgerEntity {

    @Id
    @Column(name = "OFFICE_ID")
    String officeId;

    @Id
    @Column(name = "SLOT_START")
    LocalDateTime slotStartUtc;

    @Column(name = "TAKEN")
    int taken;

    @Column(name = "CALENDAR_VERSION")
    long calendarVersion;

    /** Composite key of a ledger row. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String officeId;
        LocalDateTime slotStartUtc;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(officeId, key.officeId)
                    && Objects.equals(slotStartUtc, key.slotStartUtc);
        }

        @Override
        public int hashCode() {
            return Objects.hash(officeId, slotStartUtc);
        }
    }
}
