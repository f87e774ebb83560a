package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OfficeRepository} must have; run against the fake and the real adapter. */
public abstract class OfficeRepositoryContract extends RepositoryContract {

    protected abstract OfficeRepository repository();

    @Test
    void an_office_is_found_by_its_id_with_every_field_as_saved() {
        Office tijuana = DomainFixtures.office("bc-tijuana", "Tijuana", "BC", "Baja California", "America/Tijuana");
        inTransaction(() -> repository().save(tijuana));

        Office found = inTransaction(() -> repository().findById(new OfficeId("bc-tijuana"))).orElseThrow();
        assertThat(found.name()).isEqualTo("Oficina de Representación Tijuana");
        assertThat(found.state().code()).isEqualTo("BC");
        assertThat(found.state().name()).isEqualTo("Baja California");
        assertThat(found.city()).isEqualTo("Tijuana");
        assertThat(found.address()).isEqualTo("Av. Principal 100, Centro, Tijuana");
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("America/Tijuana"));
        assertThat(found.isActive()).isTrue();
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(inTransaction(() -> repository().findById(new OfficeId("zz-nowhere")))).isEmpty();
    }

    @Test
    void offices_are_listed_by_state_code_then_city_and_counted() {
        inTransaction(() -> {
            repository().save(DomainFixtures.office("qroo-cancun", "Cancún", "QROO", "Quintana Roo",
                    "America/Cancun"));
            repository().save(DomainFixtures.office("bc-tijuana", "Tijuana", "BC", "Baja California",
                    "America/Tijuana"));
            repository().save(DomainFixtures.office("bc-mexicali", "Mexicali", "BC", "Baja California",
                    "America/Tijuana"));
        });

        assertThat(inTransaction(() -> repository().findAll())).extracting(o -> o.id().value())
                .containsExactly("bc-mexicali", "bc-tijuana", "qroo-cancun");
        assertThat(inTransaction(() -> repository().count())).isEqualTo(3);
    }

    @Test
    void saving_a_changed_office_updates_it_instead_of_adding_another() {
        Office cdmx = DomainFixtures.cdmx();
        inTransaction(() -> repository().save(cdmx));
        cdmx.deactivate();
        inTransaction(() -> repository().save(cdmx));

        assertThat(inTransaction(() -> repository().findById(cdmx.id()))).get()
                .extracting(Office::isActive).isEqualTo(false);
        assertThat(inTransaction(() -> repository().count())).isEqualTo(1);
    }
}
