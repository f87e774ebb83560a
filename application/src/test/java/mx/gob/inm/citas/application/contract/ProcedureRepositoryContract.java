package mx.gob.inm.citas.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ProcedureRepository} must have; run against the fake and the real adapter. */
public abstract class ProcedureRepositoryContract extends RepositoryContract {

    protected abstract ProcedureRepository repository();

    @Test
    void a_procedure_keeps_its_names_duration_flag_and_requirements_in_order() {
        Procedure procedure = Procedure.create(new ProcedureCode("NOTIF-DOMICILIO"),
                new LocalizedText("Notificación de cambio de domicilio", "Notification of change of address"),
                Duration.ofMinutes(20),
                List.of(new LocalizedText("Tarjeta de residente", "Resident card"),
                        new LocalizedText("Comprobante de domicilio", "Proof of address"),
                        new LocalizedText("Formato «firmado» & sellado", "Form \"signed\" & stamped")),
                true);
        inTransaction(() -> repository().save(procedure));

        Procedure found = inTransaction(() -> repository().findByCode(procedure.code())).orElseThrow();
        assertThat(found.name()).isEqualTo(procedure.name());
        assertThat(found.duration()).isEqualTo(Duration.ofMinutes(20));
        assertThat(found.isBookableOnline()).isTrue();
        assertThat(found.requirements()).containsExactlyElementsOf(procedure.requirements());
    }

    @Test
    void procedures_are_listed_by_code_and_in_person_ones_are_kept() {
        inTransaction(() -> {
            repository().save(DomainFixtures.renewal());
            repository().save(DomainFixtures.inPersonOnly());
            repository().save(DomainFixtures.exchangeOfVisa());
        });

        List<Procedure> all = inTransaction(() -> repository().findAll());
        assertThat(all).extracting(p -> p.code().value())
                .containsExactly("CANJE-RT", "REGULARIZ-VENCIDO", "RENOV-RT");
        assertThat(all.get(1).isBookableOnline()).isFalse();
    }

    @Test
    void saving_again_replaces_the_requirements() {
        inTransaction(() -> repository().save(DomainFixtures.exchangeOfVisa()));
        long version = stored(DomainFixtures.CANJE_RT).version();
        Procedure shorter = Procedure.reconstitute(DomainFixtures.CANJE_RT,
                new LocalizedText("Canje de visa", "Visa exchange"), Duration.ofMinutes(30),
                List.of(new LocalizedText("Pasaporte", "Passport")), true, version);
        inTransaction(() -> repository().save(shorter));

        assertThat(stored(DomainFixtures.CANJE_RT)).satisfies(p -> {
            assertThat(p.requirements()).containsExactly(new LocalizedText("Pasaporte", "Passport"));
            assertThat(p.name().english()).isEqualTo("Visa exchange");
            assertThat(p.version()).isEqualTo(version + 1);
        });
    }

    @Test
    void a_procedure_saved_from_a_stale_version_is_refused_and_the_stored_one_is_untouched() {
        inTransaction(() -> repository().save(DomainFixtures.exchangeOfVisa()));
        Procedure read = stored(DomainFixtures.CANJE_RT);
        // Only a requirement line changes: a change of the requirements table alone still counts as a change.
        Procedure theirs = Procedure.reconstitute(read.code(), read.name(), read.duration(),
                List.of(new LocalizedText("Pasaporte original", "Original passport")), true, read.version());
        inTransaction(() -> repository().save(theirs));

        Procedure mine = Procedure.reconstitute(read.code(), read.name(), Duration.ofMinutes(45),
                read.requirements(), false, read.version());
        assertThatThrownBy(() -> inTransaction(() -> repository().save(mine)))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("the procedure CANJE-RT");

        Procedure now = stored(DomainFixtures.CANJE_RT);
        assertThat(now.requirements()).containsExactly(new LocalizedText("Pasaporte original", "Original passport"));
        assertThat(now.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(now.isBookableOnline()).isTrue();
        assertThat(now.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void an_unknown_code_finds_nothing() {
        assertThat(inTransaction(() -> repository().findByCode(new ProcedureCode("NO-SUCH")))).isEmpty();
    }

    private Procedure stored(ProcedureCode code) {
        return inTransaction(() -> repository().findByCode(code)).orElseThrow();
    }
}
