package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The closures page's bean: the form to close an office only for those who may, and a refusal that says why. */
class ClosuresViewTest {

    private final FakeFaces faces = FakeFaces.spanish();
    private final ConsoleServices services = new ConsoleServices();

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void a_supervisor_reads_the_closures_and_is_offered_no_form() {
        ClosuresView view = services.closuresView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx),
                services.cdmx.id().value());

        view.load();

        assertThat(view.isRefused()).isFalse();
        assertThat(view.isWritable()).isFalse();
        assertThat(view.getYear()).isEqualTo(2026);
        assertThat(view.getRestDays()).isNotEmpty();
        assertThat(faces.pageMessages()).isEmpty();
    }

    @Test
    void staff_of_the_office_are_offered_the_form_and_those_of_another_office_nothing() {
        ClosuresView own = services.closuresView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value());
        ClosuresView other = services.closuresView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.tijuana.id().value());

        own.load();
        other.load();

        assertThat(own.isWritable()).isTrue();
        assertThat(other.isRefused()).isTrue();
        assertThat(other.isWritable()).isFalse();
        assertThat(faces.pageMessages()).containsExactly("No tiene acceso a la oficina bc-tijuana.");
    }

    @Test
    void a_form_left_open_after_the_member_became_a_supervisor_is_refused_for_the_role_and_withdrawn() {
        StaffMember member = ConsoleServices.member(StaffRole.STAFF, services.cdmx);
        ClosuresView view = services.closuresView(member, services.cdmx.id().value());
        view.load();
        member.assign(StaffRole.SUPERVISOR, Set.of(services.cdmx.id()));
        view.setFirstDay("2026-12-07");
        view.setReason("Fumigación");

        view.preview();

        assertThat(faces.pageMessages()).containsExactly("Su función de supervisor permite consultar esta oficina,"
                + " pero no registrar cambios.");
        assertThat(view.isRefused()).as("the closures ahead stay on the page").isFalse();
        assertThat(view.isWritable()).isFalse();
        assertThat(view.getAffected()).isNull();
    }
}
