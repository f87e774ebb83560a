package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.StaffBookingCommand;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.staff.AuditAction;
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

    @Test
    void a_closure_ahead_is_removed_after_a_confirmation_naming_the_office_and_days_and_the_page_says_what_stays() {
        Closure works = Closure.ofOffice(services.cdmx.id(), java.time.LocalDate.of(2026, 12, 1),
                java.time.LocalDate.of(2026, 12, 2), "Obras");
        Closure begun = Closure.ofOffice(services.cdmx.id(), java.time.LocalDate.of(2026, 11, 30),
                java.time.LocalDate.of(2026, 11, 30), "Fumigación");
        services.closures.save(works);
        services.closures.save(begun);
        ClosuresView view = services.closuresView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value());
        view.load();

        assertThat(view.removable(works)).isTrue();
        assertThat(view.removable(begun)).as("today, at the office, it has begun").isFalse();
        assertThat(view.removeConfirmOf(works)).startsWith("¿Quitar el cierre de " + services.cdmx.name()
                + " del martes, 1 de diciembre de 2026 al miércoles, 2 de diciembre de 2026?");

        view.remove(works);

        assertThat(faces.pageMessages()).singleElement().asString().startsWith("Cierre quitado")
                .contains("siguen canceladas");
        assertThat(view.getAhead()).containsExactly(begun);
        assertThat(services.audit.all()).anyMatch(e -> e.action() == AuditAction.CLOSURE_REMOVED);
    }

    @Test
    void a_closure_lists_who_gave_no_address_with_their_phone_and_says_how_many_were_mailed() {
        services.confirmed(1, services.cdmx, "G1000001", Instant.parse("2026-12-07T15:00:00Z"));
        Appointment walkUp = services.desk.book(
                ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                new StaffBookingCommand(services.cdmx.id().value(), "CANJE-RT",
                        Instant.parse("2026-12-07T15:30:00Z"),
                        new Applicant("Luis", "Ramos Gil",
                                new Nationality("GTM"),
                                new PassportNumber("G5555555"),
                                java.time.LocalDate.of(1985, 1, 2), Optional.empty(),
                                Optional.of("55 1234 5678"), Language.SPANISH)));
        String code = walkUp.code().value();
        ClosuresView view = services.closuresView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value());
        view.load();
        view.setFirstDay("2026-12-07");
        view.setLastDay("2026-12-07");
        view.setReason("Fumigación");

        view.preview();

        assertThat(view.getAffected()).hasSize(2);
        assertThat(view.getNotMailed()).containsExactly(code + ", Luis Ramos Gil, tel. 55 1234 5678");

        view.close();

        assertThat(faces.pageMessages()).containsExactly("Cierre registrado. Se cancelaron 2 citas; 1 persona"
                + " recibió un correo con una disculpa. Una persona no dio correo: avísele por teléfono: " + code
                + ", Luis Ramos Gil, tel. 55 1234 5678.");
        assertThat(view.getNotMailed()).isEmpty();
    }

    @Test
    void a_supervisor_is_offered_no_removal() {
        Closure works = Closure.ofOffice(services.cdmx.id(), java.time.LocalDate.of(2026, 12, 1),
                java.time.LocalDate.of(2026, 12, 1), "Obras");
        services.closures.save(works);
        ClosuresView view = services.closuresView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx),
                services.cdmx.id().value());
        view.load();
        assertThat(view.removable(works)).isFalse();
    }
}
