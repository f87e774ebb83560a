package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.Test;

/** Each refusal a console page can meet becomes the message that says its true reason. */
class ConsoleRefusalTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final OfficeId CANCUN = new OfficeId("qroo-cancun");
    private static final OfficeId MERIDA = new OfficeId("yuc-merida");

    @Test
    void a_supervisor_refused_a_change_hears_that_the_role_only_reads_and_the_page_keeps_the_office() {
        StaffMember supervisor = member(StaffRole.SUPERVISOR);

        ConsoleRefusal refusal = ConsoleRefusal.of(refusedChange(supervisor, CANCUN), CANCUN.value());

        assertThat(refusal.code()).isEqualTo("access.READ_ONLY");
        assertThat(refusal.hidesOffice()).isFalse();
        assertThat(refusal.text(SPANISH)).isEqualTo(
                "Su función de supervisor permite consultar esta oficina, pero no registrar cambios.");
    }

    @Test
    void an_office_not_their_own_is_named_and_hidden_whatever_the_role() {
        for (StaffRole role : List.of(StaffRole.SUPERVISOR, StaffRole.STAFF)) {
            ConsoleRefusal refusal = ConsoleRefusal.of(refusedChange(member(role), MERIDA), MERIDA.value());

            assertThat(refusal).as(role.name()).isEqualTo(new ConsoleRefusal("access.NOT_THEIR_OFFICE",
                    List.of("yuc-merida"), true));
            assertThat(refusal.text(SPANISH)).isEqualTo("No tiene acceso a la oficina yuc-merida.");
        }
        assertThat(ConsoleRefusal.of(new OfficeNotFoundException("zz"), "zz"))
                .isEqualTo(new ConsoleRefusal("access.NOT_THEIR_OFFICE", List.of("zz"), true));
    }

    @Test
    void what_only_an_admin_may_do_says_so() {
        DomainException refused = refused(() -> member(StaffRole.STAFF).checkIsAdmin());

        assertThat(ConsoleRefusal.of(refused, null)).isEqualTo(new ConsoleRefusal("access.ADMIN_ONLY",
                List.of(), true));
        assertThat(ConsoleRefusal.of(refused, null).text(SPANISH))
                .isEqualTo("Solo una persona administradora puede ver esta página.");
    }

    @Test
    void the_other_refusals_keep_the_page_and_use_their_own_words() {
        assertThat(ConsoleRefusal.of(new EditConflictException("the office x"), "x").code())
                .isEqualTo("edit.conflict");
        assertThat(ConsoleRefusal.of(new AppointmentRefusedException(
                AppointmentRefusedException.Reason.PASSPORT_MISMATCH, "no"), "x"))
                .isEqualTo(new ConsoleRefusal("appointment.PASSPORT_MISMATCH", List.of(), false));
    }

    @Test
    void a_rule_the_request_broke_is_said_in_spanish_with_its_values_never_in_the_domains_english() {
        DomainException reversed = refused(() -> TimeRange.of("16:00", "08:00"));
        ConsoleRefusal refusal = ConsoleRefusal.of(reversed, "x");

        assertThat(refusal.text(SPANISH)).isEqualTo("La hora de inicio (16:00) debe ser anterior a la de fin (08:00).")
                .doesNotContain(reversed.getMessage()).doesNotContain("No fue posible:");
        assertThat(refusal.hidesOffice()).isFalse();
    }

    private static StaffMember member(StaffRole role) {
        return StaffMember.create(Username.of("sofia.vega"), "Sofía Vega", role, Set.of(CANCUN), "hash");
    }

    private static DomainException refusedChange(StaffMember member, OfficeId office) {
        return refused(() -> member.checkMayWorkIn(office));
    }

    private static DomainException refused(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
