package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Row of {@code opening_period}: one stretch of a weekday of an office's schedule, with the procedures served. */
@Entity
@Table(name = "OPENING_PERIOD")
class OpeningPeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_period_seq")
    @SequenceGenerator(name = "opening_period_seq", sequenceName = "OPENING_PERIOD_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "OFFICE_ID")
    String officeId;

    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    @Column(name = "DAY_OF_WEEK")
    int dayOfWeek;

    @Column(name = "OPENS_MINUTE")
    int opensMinute;

    @Column(name = "CLOSES_MINUTE")
    int closesMinute;

    @Column(name = "SLOT_MINUTES")
    int slotMinutes;

    @Column(name = "PLACES_PER_SLOT")
    int placesPerSlot;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "OPENING_PERIOD_PROCEDURE", joinColumns = @JoinColumn(name = "PERIOD_ID"))
    @Column(name = "PROCEDURE_CODE")
    Set<String> procedureCodes = new HashSet<>();
}
