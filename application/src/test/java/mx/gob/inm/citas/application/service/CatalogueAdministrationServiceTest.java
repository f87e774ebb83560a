package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import mx.gob.inm.citas.application.port.in.ProcedureDetails;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The procedure catalogue in the console world (CANJE-RT and RENOV-RT). */
class CatalogueAdministrationServiceTest {

    private final ConsoleWorld world = new ConsoleWorld();

    @Test
    void everyone_reads_the_catalogue_but_only_an_admin_adds_or_edits_and_each_refusal_is_audited() {
        long version = stored("CANJE-RT").version();
        for (StaffMember notAdmin : List.of(world.cdmxStaff, world.cdmxSupervisor)) {
            assertThat(world.catalogue.procedures(notAdmin)).extracting(p -> p.code().value())
                    .containsExactly("CANJE-RT", "RENOV-RT");
            List<ThrowingCallable> attempts = List.of(
                    () -> world.catalogue.create(notAdmin, address()),
                    () -> world.catalogue.edit(notAdmin, exchange(45), version));
            for (ThrowingCallable attempt : attempts) {
                assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                        .hasMessage("Only an administrator can do this");
            }
        }

        assertThat(world.audit.all()).hasSize(4).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.office()).isNull();
        });
        assertThat(world.audit.all()).extracting(AuditEntry::subject)
                .contains("create procedure NOTIF-DOMICILIO", "change procedure CANJE-RT");
        assertThat(world.procedures.findAll()).hasSize(2);
        assertThat(stored("CANJE-RT").duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void an_admin_adds_a_procedure_with_its_documents_paired_line_by_line() {
        Procedure created = world.catalogue.create(world.admin, address());

        assertThat(created.code().value()).isEqualTo("NOTIF-DOMICILIO");
        assertThat(created.name()).isEqualTo(new LocalizedText("Cambio de domicilio", "Change of address"));
        assertThat(created.duration()).isEqualTo(Duration.ofMinutes(20));
        assertThat(created.isBookableOnline()).isTrue();
        assertThat(created.requirements()).containsExactly(
                new LocalizedText("Tarjeta de residente", "Resident card"),
                new LocalizedText("Comprobante de domicilio", "Proof of address"));
        assertThat(stored("NOTIF-DOMICILIO").version()).isEqualTo(created.version());
        assertThat(world.audited(AuditAction.PROCEDURE_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.subject()).isEqualTo("NOTIF-DOMICILIO");
            assertThat(e.detail()).isEqualTo("created");
        });
    }

    @Test
    void a_procedure_needs_a_free_code_names_a_duration_within_eight_hours_and_documents_that_pair_up() {
        assertRefused(details("canje rt", 20, List.of(), List.of()), "A procedure code is capital letters");
        assertRefused(details("CANJE-RT", 20, List.of(), List.of()), "A procedure with the code CANJE-RT already"
                + " exists");
        assertRefused(details("NUEVO", 0, List.of(), List.of()), "between 1 minute and 8 hours");
        assertRefused(details("NUEVO", 481, List.of(), List.of()), "between 1 minute and 8 hours");
        assertRefused(details("NUEVO", 20, List.of("Pasaporte", "Foto"), List.of("Passport")),
                "there are 2 lines in Spanish and 1 in English");
        assertRefused(details("NUEVO", 20, List.of("Pasaporte", " "), List.of("Passport", "Photo")),
                "Line 2 of the documents to bring in Spanish must not be blank");
        assertRefused(details("NUEVO", 20, List.of("Pasaporte"), List.of("")),
                "Line 1 of the documents to bring in English must not be blank");
        assertRefused(details("NUEVO", 20, List.of("x".repeat(501)), List.of("x")), "at most 500 characters");
        assertRefused(new ProcedureDetails("NUEVO", "Nuevo", " ", 20, true, List.of(), List.of()),
                "The name in English must not be blank");
        assertRefused(new ProcedureDetails("NUEVO", "N".repeat(301), "New", 20, true, List.of(), List.of()),
                "at most 300 characters");

        assertThat(world.procedures.findAll()).hasSize(2);
        assertThat(world.audit.all()).isEmpty();
    }

    @Test
    void an_edit_replaces_the_procedure_and_one_from_a_version_someone_else_changed_is_refused() {
        long read = stored("CANJE-RT").version();

        Procedure longer = world.catalogue.edit(world.admin, exchange(45), read);

        assertThat(longer.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(longer.isBookableOnline()).isFalse();
        assertThat(longer.requirements()).containsExactly(new LocalizedText("Pasaporte", "Passport"));
        assertThat(longer.version()).isEqualTo(read + 1);
        assertThatThrownBy(() -> world.catalogue.edit(world.admin, exchange(60), read))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("the procedure CANJE-RT");
        assertThat(stored("CANJE-RT").duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(world.audited(AuditAction.PROCEDURE_CHANGED)).singleElement()
                .extracting(AuditEntry::subject, AuditEntry::detail)
                .containsExactly("CANJE-RT", "changed");
    }

    @Test
    void editing_a_procedure_not_in_the_catalogue_is_refused_as_not_found() {
        for (String code : List.of("NO-SUCH", "no such")) {
            assertThatThrownBy(() -> world.catalogue.edit(world.admin, details(code, 20, List.of(), List.of()), 1))
                    .isInstanceOf(ProcedureNotFoundException.class).hasMessageContaining(code);
        }
        assertThat(world.catalogue.procedures(world.admin)).containsExactly(DomainFixtures.exchangeOfVisa(),
                DomainFixtures.renewal());
    }

    // ---- helpers ----

    private Procedure stored(String code) {
        return world.procedures.findByCode(new ProcedureCode(code)).orElseThrow();
    }

    private static ProcedureDetails address() {
        return new ProcedureDetails("NOTIF-DOMICILIO", "Cambio de domicilio", "Change of address", 20, true,
                List.of("Tarjeta de residente", "Comprobante de domicilio"),
                List.of("Resident card", "Proof of address"));
    }

    /** CANJE-RT, in person only, taking {@code minutes}, with the passport as its only document. */
    private static ProcedureDetails exchange(int minutes) {
        return new ProcedureDetails("CANJE-RT", "Canje de visa", "Visa exchange", minutes, false,
                List.of("Pasaporte"), List.of("Passport"));
    }

    private static ProcedureDetails details(String code, int minutes, List<String> spanish, List<String> english) {
        return new ProcedureDetails(code, "Trámite nuevo", "New procedure", minutes, true, spanish, english);
    }

    private void assertRefused(ProcedureDetails details, String message) {
        assertThatThrownBy(() -> world.catalogue.create(world.admin, details))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(message);
    }
}
