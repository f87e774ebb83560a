package mx.gob.inm.citas.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    private static final OfficeId TIJUANA = new OfficeId("bc-tijuana");
    private static final OfficeId CDMX = new OfficeId("cdmx-ciudad-de-mexico");

    private static StaffMember member(StaffRole role, OfficeId... offices) {
        return StaffMember.create(Username.of("Ana.Lopez"), "Ana López", role, Set.of(offices), "hash");
    }

    @Test
    void staff_work_only_in_their_offices() {
        StaffMember staff = member(StaffRole.STAFF, TIJUANA);
        assertThat(staff.mayRead(TIJUANA)).isTrue();
        assertThat(staff.mayWorkIn(TIJUANA)).isTrue();
        assertThat(staff.mayRead(CDMX)).isFalse();
        assertThatThrownBy(() -> staff.checkMayWorkIn(CDMX)).isInstanceOfSatisfying(
                OfficeAccessDeniedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE);
                    assertThat(e.office()).contains(CDMX);
                }).hasMessageContaining("not assigned to office cdmx-ciudad-de-mexico");
        assertThatThrownBy(staff::checkIsAdmin).isInstanceOfSatisfying(OfficeAccessDeniedException.class,
                e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.ADMIN_ONLY));
    }

    @Test
    void supervisors_read_their_offices_and_change_nothing() {
        StaffMember supervisor = member(StaffRole.SUPERVISOR, TIJUANA, CDMX);
        assertThat(supervisor.mayRead(CDMX)).isTrue();
        assertThat(supervisor.mayWorkIn(CDMX)).isFalse();
        assertThatThrownBy(() -> supervisor.checkMayWorkIn(CDMX)).isInstanceOfSatisfying(
                OfficeAccessDeniedException.class, e -> {
                    assertThat(e.reason()).as("refused for the role, not the office")
                            .isEqualTo(OfficeAccessDeniedException.Reason.READ_ONLY);
                    assertThat(e.office()).contains(CDMX);
                }).hasMessageContaining("not change anything");
        assertThatThrownBy(() -> supervisor.checkMayWorkIn(new OfficeId("yuc-merida")))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class, e -> assertThat(e.reason())
                        .isEqualTo(OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE));
    }

    @Test
    void admins_reach_every_office_and_keep_no_list() {
        StaffMember admin = member(StaffRole.ADMIN, TIJUANA);
        assertThat(admin.offices()).isEmpty();
        assertThat(admin.mayWorkIn(CDMX)).isTrue();
        assertThat(admin.isAdmin()).isTrue();
    }

    @Test
    void a_disabled_member_reaches_nothing_until_enabled_again() {
        StaffMember admin = member(StaffRole.ADMIN);
        admin.disable();
        assertThat(admin.mayRead(CDMX)).isFalse();
        assertThat(admin.isAdmin()).isFalse();
        admin.enable();
        assertThat(admin.isAdmin()).isTrue();
    }

    @Test
    void staff_and_supervisors_need_an_office() {
        assertThatThrownBy(() -> member(StaffRole.STAFF)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one office");
        StaffMember staff = member(StaffRole.STAFF, TIJUANA);
        assertThatThrownBy(() -> staff.assign(StaffRole.SUPERVISOR, Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThat(staff.role()).isEqualTo(StaffRole.STAFF);
    }

    @Test
    void usernames_are_lower_case_and_passwords_long_and_not_the_username() {
        assertThat(Username.of("  Ana.Lopez ").value()).isEqualTo("ana.lopez");
        assertThatThrownBy(() -> Username.of("a b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> StaffPassword.check("short", Username.of("ana")))
                .hasMessageContaining("12 to 128");
        assertThatThrownBy(() -> StaffPassword.check("ana.lopez.mx", Username.of("ana.lopez.mx")))
                .hasMessageContaining("cannot be the username");
        StaffPassword.check("correct horse battery", Username.of("ana"));
    }

    @Test
    void a_display_name_is_typed_text_one_line_composed_with_no_control_or_direction_characters() {
        StaffMember ana = member(StaffRole.STAFF, TIJUANA);

        ana.rename("Ana Lo\u0301pez ");
        assertThat(ana.displayName()).isEqualTo("Ana López");
        assertThatThrownBy(() -> ana.rename("Ana\nLópez")).isInstanceOf(UnsafeTextException.class)
                .hasMessage("A display name must not contain a line break (U+000A)");
        assertThatThrownBy(() -> ana.rename("admin\u202E")).isInstanceOf(UnsafeTextException.class);
        assertThatThrownBy(() -> ana.rename(" ")).hasMessage("A display name has 1 to 100 characters");
        assertThat(ana.displayName()).isEqualTo("Ana López");
    }

    @Test
    void the_audit_log_keeps_what_was_typed_but_defuses_what_would_change_how_it_reads() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-30T15:00:00Z"), "root\r\n",
                AuditAction.SIGN_IN_REFUSED, null, "root\nSIGNED_IN admin", "x\u202Ey");

        assertThat(entry.actor()).isEqualTo("root");
        assertThat(entry.subject()).isEqualTo("root\uFFFDSIGNED_IN admin");
        assertThat(entry.detail()).isEqualTo("x\uFFFDy");
    }

    @Test
    void an_audit_text_clipped_to_its_column_never_keeps_half_of_a_character() {
        String subject = "x".repeat(198) + "😀😀";

        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-30T15:00:00Z"), "ana", AuditAction.SIGNED_IN, null,
                subject, "");

        assertThat(entry.subject()).hasSizeLessThanOrEqualTo(200).endsWith("x…");
    }
}
