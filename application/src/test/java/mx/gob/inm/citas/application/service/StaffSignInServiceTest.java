package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.ConsoleWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.in.BootstrapAdminUseCase.FirstAdmin;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.Test;

class StaffSignInServiceTest {

    private final ConsoleWorld world = new ConsoleWorld();

    @Test
    void the_right_password_signs_in_and_is_audited() {
        Optional<StaffMember> signedIn = world.signIn.signIn(" Ana.Lopez ", PASSWORD.toCharArray());

        assertThat(signedIn).get().extracting(StaffMember::username).isEqualTo(Username.of("ana.lopez"));
        assertThat(world.audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGNED_IN);
            assertThat(entry.actor()).isEqualTo("ana.lopez");
            assertThat(entry.at()).isEqualTo(ConsoleWorld.NOW);
        });
    }

    @Test
    void a_wrong_password_an_unknown_name_and_a_disabled_account_look_the_same_and_are_audited_with_the_reason() {
        StaffMember disabled = world.stored("tomas.rios");
        disabled.disable();
        world.staff.update(disabled);

        assertThat(world.signIn.signIn("ana.lopez", "correct horse batterY".toCharArray())).isEmpty();
        assertThat(world.signIn.signIn("nadie.aqui", PASSWORD.toCharArray())).isEmpty();
        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isEmpty();

        assertThat(world.audit.all()).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_REFUSED))
                .extracting(AuditEntry::actor, AuditEntry::detail)
                .containsExactly(tuple("ana.lopez", "wrong password"),
                        tuple("nadie.aqui", "unknown username"),
                        tuple("tomas.rios", "account disabled"));
    }

    @Test
    void refused_attempts_on_a_name_typed_in_capitals_are_found_under_that_name_in_lower_case() {
        world.signIn.signIn("Nadie.Aqui", PASSWORD.toCharArray());

        assertThat(world.audit.find(new AuditQuery("nadie.aqui", null, null, null, null, null, 10)))
                .singleElement().extracting(AuditEntry::action).isEqualTo(AuditAction.SIGN_IN_REFUSED);
    }

    @Test
    void a_name_that_cannot_be_a_username_is_refused_and_audited_as_typed() {
        assertThat(world.signIn.signIn("' OR 1=1 --", PASSWORD.toCharArray())).isEmpty();
        assertThat(world.signIn.signIn(null, PASSWORD.toCharArray())).isEmpty();

        assertThat(world.audit.all()).extracting(AuditEntry::actor, AuditEntry::detail)
                .containsExactly(tuple("' OR 1=1 --", "unknown username"),
                        tuple("?", "unknown username"));
    }

    @Test
    void each_request_sees_the_member_as_stored_now_and_a_disabled_one_not_at_all() {
        assertThat(world.signIn.current("sofia.vega")).get().extracting(StaffMember::role)
                .isEqualTo(StaffRole.SUPERVISOR);
        world.administration.assign(world.admin, "sofia.vega", "Sofía Vega", StaffRole.STAFF,
                Set.of(world.tijuana.id()));
        assertThat(world.signIn.current("sofia.vega")).get().satisfies(m -> {
            assertThat(m.role()).isEqualTo(StaffRole.STAFF);
            assertThat(m.offices()).containsExactly(world.tijuana.id());
        });

        world.administration.disable(world.admin, "sofia.vega");

        assertThat(world.signIn.current("sofia.vega")).isEmpty();
        assertThat(world.signIn.current("not a name")).isEmpty();
    }

    @Test
    void signing_out_is_audited() {
        world.signIn.signedOut(world.cdmxStaff);

        assertThat(world.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGNED_OUT);
            assertThat(e.actor()).isEqualTo("ana.lopez");
        });
    }

    @Test
    void the_first_start_creates_admin_with_the_configured_password() {
        ConsoleWorld first = ConsoleWorld.empty();

        FirstAdmin outcome = first.bootstrap.createFirstAdminIfNone(Optional.of("una clave muy larga"));

        assertThat(outcome).isEqualTo(new FirstAdmin(true, Optional.empty()));
        assertThat(first.signIn.signIn("admin", "una clave muy larga".toCharArray())).get()
                .satisfies(admin -> assertThat(admin.isAdmin()).isTrue());
        assertThat(first.audited(AuditAction.STAFF_CREATED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("(system)");
            assertThat(e.subject()).isEqualTo("admin");
        });
    }

    @Test
    void without_a_configured_password_one_of_twenty_characters_is_generated_and_handed_back_once() {
        ConsoleWorld first = ConsoleWorld.empty();

        FirstAdmin outcome = first.bootstrap.createFirstAdminIfNone(Optional.of("  "));

        assertThat(outcome.created()).isTrue();
        String generated = outcome.generatedPassword().orElseThrow();
        assertThat(generated).hasSize(20).matches("[a-km-np-zA-HJ-NP-Z2-9]+");
        assertThat(first.signIn.signIn("admin", generated.toCharArray())).isPresent();
        assertThat(first.bootstrap.createFirstAdminIfNone(Optional.empty()))
                .isEqualTo(new FirstAdmin(false, Optional.empty()));
        assertThat(first.signIn.signIn("admin", generated.toCharArray())).isPresent();
    }

    @Test
    void no_admin_is_created_once_any_account_exists() {
        ConsoleWorld first = ConsoleWorld.empty();
        first.staff.add(StaffMember.create(Username.of("ana.lopez"), "Ana López", StaffRole.STAFF,
                Set.of(first.cdmx.id()), first.hashing.hash(PASSWORD.toCharArray())));

        assertThat(first.bootstrap.createFirstAdminIfNone(Optional.of("una clave muy larga")))
                .isEqualTo(new FirstAdmin(false, Optional.empty()));
        assertThat(first.staff.findByUsername(Username.of("admin"))).isEmpty();
        assertThat(first.audit.all()).isEmpty();
    }

    @Test
    void a_configured_password_that_is_too_short_is_refused_and_nothing_is_created() {
        ConsoleWorld first = ConsoleWorld.empty();

        assertThatThrownBy(() -> first.bootstrap.createFirstAdminIfNone(Optional.of("admin123")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("12 to 128");
        assertThat(first.staff.count()).isZero();
        assertThat(first.audit.all()).isEmpty();
    }
}
