package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** Row of {@code service_procedure} with its requirement lines. */
@Entity
@Table(name = "SERVICE_PROCEDURE")
class ProcedureEntity {

    @Id
    @Column(name = "CODE")
    String code;

    @Column(name = "NAME_ES")
    String nameEs;

    @Column(name = "NAME_EN")
    String nameEn;

    @Column(name = "DURATION_MINUTES")
    int durationMinutes;

    @Column(name = "BOOKABLE_ONLINE")
    boolean bookableOnline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROCEDURE_REQUIREMENT", joinColumns = @JoinColumn(name = "PROCEDURE_CODE"))
    @OrderColumn(name = "LINE_NO")
    List<RequirementText> requirements = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    int version;
}
