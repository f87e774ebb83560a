package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;
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
        inTransaction(() -> repository().save(DomainFixtures.cdmx()));
        Office cdmx = stored(DomainFixtures.cdmx().id());
        cdmx.deactivate();
        inTransaction(() -> repository().save(cdmx));

        assertThat(stored(cdmx.id()).isActive()).isFalse();
        assertThat(inTransaction(() -> repository().count())).isEqualTo(1);
    }

    @Test
    void each_save_moves_the_stored_version_on_by_one() {
        inTransaction(() -> repository().save(DomainFixtures.cancun()));
        Office first = stored(DomainFixtures.cancun().id());
        first.changeDetails("Oficina Cancún Centro", first.state(), first.city(), first.address(), first.timeZone());
        inTransaction(() -> repository().save(first));
        Office second = stored(first.id());
        inTransaction(() -> repository().save(second));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(stored(first.id()).version()).isEqualTo(first.version() + 2);
    }

    @Test
    void an_office_saved_from_a_stale_version_is_refused_and_the_stored_one_is_untouched() {
        inTransaction(() -> repository().save(DomainFixtures.cancun()));
        Office mine = stored(DomainFixtures.cancun().id());
        Office theirs = stored(DomainFixtures.cancun().id());
        theirs.changeDetails("Oficina Cancún Aeropuerto", theirs.state(), theirs.city(), "Terminal 2",
                theirs.timeZone());
        inTransaction(() -> repository().save(theirs));

        mine.deactivate();
        assertThatThrownBy(() -> inTransaction(() -> repository().save(mine)))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("the office qroo-cancun");

        Office now = stored(mine.id());
        assertThat(now.name()).isEqualTo("Oficina Cancún Aeropuerto");
        assertThat(now.address()).isEqualTo("Terminal 2");
        assertThat(now.isActive()).isTrue();
        assertThat(now.version()).isEqualTo(mine.version() + 1);
    }

    @Test
    void a_new_office_with_the_id_of_a_stored_one_is_refused_instead_of_replacing_it() {
        inTransaction(() -> repository().save(DomainFixtures.cancun()));

        Office impostor = DomainFixtures.office("qroo-cancun", "Chetumal", "QROO", "Quintana Roo", "America/Cancun");
        assertThatThrownBy(() -> inTransaction(() -> repository().save(impostor)))
                .isInstanceOf(EditConflictException.class);

        assertThat(stored(impostor.id()).city()).isEqualTo("Cancún");
    }

    private Office stored(OfficeId id) {
        return inTransaction(() -> repository().findById(id)).orElseThrow();
    }
}
