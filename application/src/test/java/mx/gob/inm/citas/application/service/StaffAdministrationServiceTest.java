package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.ConsoleWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.NewStaffMemberCommand;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.LastAdminException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StaffAdministrationServiceTest {

    private static final String NEW_PASSWORD = "otra clave bastante larga";

    private final ConsoleWorld world = new ConsoleWorld();

    private NewStaffMemberCommand newStaff(String username, String password, OfficeId... offices) {
        return new NewStaffMemberCommand(username, "Marco Díaz", StaffRole.STAFF, Set.of(offices),
                password == null ? null : password.toCharArray());
    }

    @Test
    void only_an_admin_may_list_create_or_change_accounts_and_each_refusal_is_kept_in_the_audit_log() {
        for (StaffMember notAdmin : List.of(world.cdmxStaff, world.cdmxSupervisor)) {
            List<ThrowingCallable> attempts = List.of(
                    () -> world.administration.staff(notAdmin),
                    () -> world.administration.create(notAdmin, newStaff("marco.diaz", PASSWORD, world.cdmx.id())),
                    () -> world.administration.assign(notAdmin, notAdmin.username().value(), "Jefa", StaffRole.ADMIN,
                            Set.of()),
                    () -> world.administration.disable(notAdmin, "tomas.rios"),
                    () -> world.administration.enable(notAdmin, "tomas.rios"),
                    () -> world.administration.resetPassword(notAdmin, "tomas.rios", NEW_PASSWORD.toCharArray()));
            for (ThrowingCallable attempt : attempts) {
                assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                        .hasMessage("Only an administrator can do this");
            }
        }

        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(12).extracting(AuditEntry::actor)
                .containsOnly("ana.lopez", "sofia.vega");
        assertThat(world.audit.all()).hasSize(12);
        assertThat(world.staff.count()).isEqualTo(4);
        assertThat(world.stored("ana.lopez").role()).isEqualTo(StaffRole.STAFF);
        assertThat(world.stored("sofia.vega").role()).isEqualTo(StaffRole.SUPERVISOR);
        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void a_disabled_admin_is_no_admin() {
        StaffMember disabledAdmin = world.stored("admin");
        disabledAdmin.disable();

        assertThatThrownBy(() -> world.administration.staff(disabledAdmin))
                .isInstanceOf(OfficeAccessDeniedException.class);
    }

    @Test
    void an_admin_sees_every_account_by_username() {
        assertThat(world.administration.staff(world.admin)).extracting(m -> m.username().value())
                .containsExactly("admin", "ana.lopez", "sofia.vega", "tomas.rios");
    }

    @Test
    void an_admin_creates_an_account_that_signs_in_with_its_first_password() {
        StaffMember created = world.administration.create(world.admin, newStaff(" Marco.Diaz", PASSWORD,
                world.tijuana.id()));

        assertThat(created.username().value()).isEqualTo("marco.diaz");
        assertThat(world.signIn.signIn("marco.diaz", PASSWORD.toCharArray())).get()
                .satisfies(m -> assertThat(m.mayWorkIn(world.tijuana.id())).isTrue());
        assertThat(world.audited(AuditAction.STAFF_CREATED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.subject()).isEqualTo("marco.diaz");
            assertThat(e.detail()).isEqualTo("role STAFF, offices [bc-tijuana]");
        });
    }

    @Test
    void a_new_account_needs_a_good_password_existing_offices_and_a_free_username() {
        assertRefused(newStaff("marco.diaz", "corta", world.cdmx.id()), "12 to 128 characters");
        assertRefused(newStaff("marco.diaz", null, world.cdmx.id()), "12 to 128 characters");
        assertRefused(newStaff("marco.diaz.mx", "marco.diaz.mx", world.cdmx.id()), "cannot be the username");
        assertRefused(newStaff("marco.diaz", PASSWORD, new OfficeId("zz-ninguna")), "There is no office zz-ninguna");
        assertRefused(newStaff("Ana.Lopez", PASSWORD, world.cdmx.id()), "The username ana.lopez is already taken");
        assertRefused(newStaff("marco.diaz", PASSWORD), "at least one office");

        assertThat(world.staff.count()).isEqualTo(4);
        assertThat(world.audited(AuditAction.STAFF_CREATED)).isEmpty();
        assertThat(world.signIn.signIn("ana.lopez", PASSWORD.toCharArray())).isPresent();
    }

    private void assertRefused(NewStaffMemberCommand command, String why) {
        assertThatThrownBy(() -> world.administration.create(world.admin, command))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(why);
    }

    @Test
    void an_admin_gives_an_account_another_name_role_and_offices() {
        world.administration.assign(world.admin, "ana.lopez", "Ana López Pérez", StaffRole.SUPERVISOR,
                Set.of(world.cdmx.id(), world.tijuana.id()));

        StaffMember changed = world.stored("ana.lopez");
        assertThat(changed.displayName()).isEqualTo("Ana López Pérez");
        assertThat(changed.role()).isEqualTo(StaffRole.SUPERVISOR);
        assertThat(changed.offices()).containsExactly(world.tijuana.id(), world.cdmx.id());
        assertThat(world.audited(AuditAction.STAFF_CHANGED)).singleElement()
                .extracting(AuditEntry::subject).isEqualTo("ana.lopez");
    }

    @Test
    void an_admin_can_neither_disable_their_own_account_nor_drop_their_own_admin_role() {
        assertThatThrownBy(() -> world.administration.disable(world.admin, "admin"))
                .isInstanceOf(InvalidValueException.class).hasMessage("You cannot disable your own account");
        assertThatThrownBy(() -> world.administration.assign(world.admin, "admin", "Administrador",
                StaffRole.STAFF, Set.of(world.cdmx.id())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("You cannot take the administrator role from your own account");

        StaffMember stored = world.stored("admin");
        assertThat(stored.isAdmin()).isTrue();
        assertThat(world.audited(AuditAction.STAFF_DISABLED)).isEmpty();
        assertThat(world.audited(AuditAction.STAFF_CHANGED)).isEmpty();
        // their own name they may change
        world.administration.assign(world.admin, "admin", "Administración Central", StaffRole.ADMIN, Set.of());
        assertThat(world.stored("admin").displayName()).isEqualTo("Administración Central");
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_it_is_enabled_again() {
        world.administration.disable(world.admin, "tomas.rios");
        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isEmpty();

        world.administration.enable(world.admin, "tomas.rios");
        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isPresent();
        assertThat(world.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.STAFF_DISABLED,
                AuditAction.SIGN_IN_REFUSED, AuditAction.STAFF_ENABLED, AuditAction.SIGNED_IN);
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        world.administration.resetPassword(world.admin, "tomas.rios", NEW_PASSWORD.toCharArray());

        assertThat(world.signIn.signIn("tomas.rios", NEW_PASSWORD.toCharArray())).isPresent();
        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isEmpty();
        assertThat(world.audited(AuditAction.PASSWORD_RESET)).singleElement()
                .extracting(AuditEntry::subject).isEqualTo("tomas.rios");
    }

    @Test
    void a_new_password_that_breaks_the_rule_is_refused_and_the_old_one_still_works() {
        assertThatThrownBy(() -> world.administration.resetPassword(world.admin, "tomas.rios", "corta".toCharArray()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> world.administration.resetPassword(world.admin, "tomas.rios", null))
                .isInstanceOf(InvalidValueException.class);

        assertThat(world.signIn.signIn("tomas.rios", PASSWORD.toCharArray())).isPresent();
        assertThat(world.audited(AuditAction.PASSWORD_RESET)).isEmpty();
    }

    @Test
    void an_unknown_account_cannot_be_changed() {
        assertThatThrownBy(() -> world.administration.disable(world.admin, "nadie.aqui"))
                .isInstanceOf(InvalidValueException.class).hasMessage("There is no account nadie.aqui");
        assertThatThrownBy(() -> world.administration.enable(world.admin, "no es nombre"))
                .isInstanceOf(InvalidValueException.class).hasMessage("There is no account no es nombre");
    }

    @Test
    void the_last_enabled_admin_is_neither_disabled_nor_demoted_by_an_admin_whose_request_began_before_they_were() {
        world.administration.create(world.admin, new NewStaffMemberCommand("beto.ruiz", "Beto Ruiz",
                StaffRole.ADMIN, Set.of(), PASSWORD.toCharArray()));
        // Beto's console request read his account while he was still an admin
        StaffMember betoAsHisRequestSawHim = world.stored("beto.ruiz");
        world.administration.disable(world.admin, "beto.ruiz");

        assertThatThrownBy(() -> world.administration.disable(betoAsHisRequestSawHim, "admin"))
                .isInstanceOf(LastAdminException.class)
                .hasMessage("The account admin is the last enabled administrator: make another account an enabled"
                        + " administrator first");
        assertThatThrownBy(() -> world.administration.assign(betoAsHisRequestSawHim, "admin", "Administrador",
                StaffRole.SUPERVISOR, Set.of(world.cdmx.id()))).isInstanceOf(LastAdminException.class);

        assertThat(world.stored("admin").isAdmin()).isTrue();
        assertThat(world.audited(AuditAction.STAFF_DISABLED)).singleElement().extracting(AuditEntry::subject)
                .isEqualTo("beto.ruiz");
        assertThat(world.audited(AuditAction.STAFF_CHANGED)).isEmpty();
    }

    @Test
    void an_admin_may_be_disabled_or_demoted_while_another_enabled_admin_remains() {
        world.administration.assign(world.admin, "ana.lopez", "Ana López", StaffRole.ADMIN, Set.of());
        StaffMember ana = world.stored("ana.lopez");

        world.administration.assign(ana, "admin", "Administrador", StaffRole.SUPERVISOR, Set.of(world.cdmx.id()));

        assertThat(world.stored("admin").role()).isEqualTo(StaffRole.SUPERVISOR);
        assertThatThrownBy(() -> world.administration.disable(world.admin, "ana.lopez"))
                .as("the demoted admin's old session reaches the last admin").isInstanceOf(LastAdminException.class);
        assertThat(world.stored("ana.lopez").isAdmin()).isTrue();
    }
}
