package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of {@code office}. */
@Entity
@Table(name = "OFFICE")
class OfficeEntity {

    @Id
    @Column(name = "ID")
    String id;

    @Column(name = "NAME")
    String name;

    @Column(name = "STATE_CODE")
    String stateCode;

    @Column(name = "STATE_NAME")
    String stateName;

    @Column(name = "CITY")
    String city;

    @Column(name = "ADDRESS")
    String address;

    @Column(name = "TIME_ZONE")
    String timeZone;

    @Column(name = "ACTIVE")
    boolean active;

    @Version
    @Column(name = "VERSION")
    int version;
}
