package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** Row of {@code staff_user} with the offices the member is assigned to; times are UTC wall-clock. */
@Entity
@Table(name = "STAFF_USER")
class StaffUserEntity {

    @Id
    @Column(name = "USERNAME")
    String username;

    @Column(name = "DISPLAY_NAME")
    String displayName;

    @Column(name = "ROLE")
    String role;

    @Column(name = "ENABLED")
    boolean enabled;

    @Column(name = "PASSWORD_HASH")
    String passwordHash;

    /** When the account was created; kept for people reading the table, not part of the domain. */
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_USER_OFFICE", joinColumns = @JoinColumn(name = "USERNAME"))
    @Column(name = "OFFICE_ID")
    Set<String> officeIds = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    int version;
}
