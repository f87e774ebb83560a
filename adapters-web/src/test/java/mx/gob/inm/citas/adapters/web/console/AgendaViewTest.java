package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agenda page's bean on the real use cases: what each member is offered, and what a refusal leaves on the page. */
class AgendaViewTest {

    private static final String READ_ONLY = "Su función de supervisor permite consultar esta oficina, pero no"
            + " registrar cambios.";

    private final FakeFaces faces = FakeFaces.spanish();
    private final ConsoleServices services = new ConsoleServices();
    /** 09:00 on Monday in Mexico City. */
    private final Appointment nine = services.confirmed(1, services.cdmx, "G1000001",
            Instant.parse("2026-11-30T15:00:00Z"));

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void a_supervisor_reads_the_day_and_is_offered_no_step() {
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx),
                services.cdmx.id().value(), ConsoleServices.MONDAY);

        view.load();

        assertThat(view.isRefused()).isFalse();
        assertThat(view.isMayWork()).isFalse();
        assertThat(view.getRows()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(nine.code().value());
            assertThat(row.time()).isEqualTo("09:00");
            assertThat(row.isMayCheckIn()).isFalse();
            assertThat(row.isMayMarkNoShow()).isFalse();
            assertThat(row.isMayFinish()).isFalse();
        });
        assertThat(view.getSlots()).isNotEmpty();
        assertThat(faces.pageMessages()).isEmpty();
    }

    @Test
    void a_day_longer_than_a_page_is_printed_whole_and_says_how_many_it_lists() {
        for (int i = 2; i <= 25; i++) {
            // 09:00 is taken; the others from 09:30 on, one every half hour
            services.confirmed(i, services.cdmx, "G10000" + (10 + i), Instant.parse("2026-11-30T15:00:00Z")
                    .plus(Duration.ofMinutes(30L * (i - 1))));
        }
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value(), ConsoleServices.MONDAY);
        view.load();

        assertThat(view.getRows()).hasSize(25);
        assertThat(view.getRows()).extracting(AgendaRow::time).startsWith("09:00", "09:30").isSorted();
        assertThat(view.getPrintCount()).isEqualTo("Todas las citas del día, por hora: 25");

        AgendaView empty = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value(), "2026-12-01");
        empty.load();
        assertThat(empty.getPrintCount()).isEqualTo("No hay citas este día.");
    }

    @Test
    void staff_of_the_office_are_offered_check_in_and_no_show_then_attended() {
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value(), ConsoleServices.MONDAY);
        view.load();

        assertThat(view.isMayWork()).isTrue();
        assertThat(view.getRows()).singleElement().satisfies(row -> {
            assertThat(row.isMayCheckIn()).isTrue();
            assertThat(row.isMayMarkNoShow()).isTrue();
            assertThat(row.isMayFinish()).isFalse();
        });

        view.prepareCheckIn(nine.code().value());
        view.setCheckInPassport("G1000001");
        view.checkIn();

        assertThat(faces.pageMessages()).containsExactly("Llegada registrada: " + nine.code().value()
                + ". Número en sala: C-001.");
        assertThat(view.getRows()).singleElement().satisfies(row -> {
            assertThat(row.isMayCheckIn()).isFalse();
            assertThat(row.isMayFinish()).isTrue();
        });
    }

    @Test
    void a_page_left_open_after_the_member_became_a_supervisor_says_so_and_keeps_the_day_without_its_steps() {
        StaffMember member = ConsoleServices.member(StaffRole.STAFF, services.cdmx);
        AgendaView view = services.agendaView(member, services.cdmx.id().value(), ConsoleServices.MONDAY);
        view.load();
        assertThat(view.getRows()).singleElement().satisfies(row -> assertThat(row.isMayMarkNoShow()).isTrue());

        member.assign(StaffRole.SUPERVISOR, Set.of(services.cdmx.id()));
        services.clock.advance(Duration.ofHours(2));
        faces.nextRequest();
        view.noShow(nine.code().value());

        assertThat(faces.pageMessages()).containsExactly(READ_ONLY);
        assertThat(view.isRefused()).as("the day stays on the page").isFalse();
        assertThat(view.getRows()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(nine.code().value());
            assertThat(row.isMayCheckIn()).isFalse();
            assertThat(row.isMayMarkNoShow()).isFalse();
        });
        assertThat(view.isMayWork()).isFalse();
        assertThat(services.appointments.findByCode(nine.code()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(services.audit.all()).filteredOn(e -> e.action() == AuditAction.ACCESS_REFUSED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("tried to change as SUPERVISOR"));
    }

    @Test
    void without_a_day_the_page_shows_today_at_the_office_not_at_the_server() {
        // 05:30 on Tuesday in UTC is still Monday, 23:30, in Mexico City
        services.clock.advance(Duration.between(ConsoleServices.NOW, Instant.parse("2026-12-01T05:30:00Z")));
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx),
                services.cdmx.id().value(), null);

        view.load();

        assertThat(view.getDay()).isEqualTo(ConsoleServices.MONDAY);
        assertThat(view.getRows()).extracting(AgendaRow::code).containsExactly(nine.code().value());
    }

    @Test
    void an_office_the_member_may_not_read_shows_nothing_of_it_and_says_so() {
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.tijuana.id().value(), ConsoleServices.MONDAY);

        view.load();

        assertThat(view.isRefused()).isTrue();
        assertThat(view.getRows()).isEmpty();
        assertThat(view.isMayWork()).isFalse();
        assertThat(faces.pageMessages()).containsExactly("No tiene acceso a la oficina bc-tijuana.");
    }

    @Test
    void a_step_the_rules_refuse_is_said_in_the_pages_language_and_changes_nothing() {
        AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
                services.cdmx.id().value(), ConsoleServices.MONDAY);
        view.load();

        view.noShow(nine.code().value());

        // the true reason, with the grace period the office applies
        assertThat(faces.pageMessages()).singleElement().asString()
                .isEqualTo("Solo se puede marcar «no se presentó» 15 minutos después de la hora de la cita.");
        assertThat(view.getRows()).singleElement().satisfies(row -> assertThat(row.isMayMarkNoShow()).isTrue());
    }
}
