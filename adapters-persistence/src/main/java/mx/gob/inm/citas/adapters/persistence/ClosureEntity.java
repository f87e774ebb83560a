package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Row of {@code closure}; a null office means every office. */
@Entity
@Table(name = "CLOSURE")
class ClosureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closure_seq")
    @SequenceGenerator(name = "closure_seq", sequenceName = "CLOSURE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "OFFICE_ID")
    String officeId;

    @Column(name = "FIRST_DAY")
    LocalDate firstDay;

    @Column(name = "LAST_DAY")
    LocalDate lastDay;

    @Column(name = "REASON")
    String reason;
}
