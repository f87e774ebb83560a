package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agenda page's bean when staff act for an applicant, on the real use cases and the in-memory stores. */
class StaffActViewTest {

    private final FakeFaces faces = FakeFaces.spanish();
    private final ConsoleServices services = new ConsoleServices();
    /** 09:00 on Monday in Mexico City; the clock says 08:00, inside the public lead time. */
    private final Appointment nine = services.confirmed(1, services.cdmx, "G1000001",
            Instant.parse("2026-11-30T15:00:00Z"));
    private final AgendaView view = services.agendaView(ConsoleServices.member(StaffRole.STAFF, services.cdmx),
            services.cdmx.id().value(), ConsoleServices.MONDAY);

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    private List<String> besideField(String clientId) {
        List<String> texts = new ArrayList<>();
        faces.getMessages(clientId).forEachRemaining(m -> texts.add(m.getSummary()));
        return texts;
    }

    @Test
    void a_walk_up_without_email_is_booked_and_the_code_is_shown_to_give_on_paper() {
        view.load();
        view.prepareBooking();
        assertThat(view.getBookable()).as("only what the office's week serves").extracting(AgendaView.Choice::value)
                .containsExactly("CANJE-RT");
        assertThat(view.getBookTimes()).as("09:00 is inside the public lead time, but staff may book it")
                .contains("09:00");

        StaffBookingForm form = view.getBooking();
        form.setProcedure("CANJE-RT");
        form.setTime("09:00");
        form.setGivenNames("José");
        form.setSurnames("Núñez");
        form.setNationality("HND");
        form.setPassport("H7654321");
        form.setDateOfBirth("1985-03-02");
        view.book();

        assertThat(view.getBookedCode()).isNotNull();
        assertThat(faces.pageMessages()).containsExactly("Cita agendada. Código de confirmación: "
                + view.getBookedCode() + ".");
        assertThat(view.getBookedSummary()).isEqualTo("José Núñez: lunes, 30 de noviembre de 2026, a las 09:00.");
        assertThat(view.getRows()).extracting(AgendaRow::code).contains(view.getBookedCode());
        assertThat(services.outbox.all()).as("no address, no mail").isEmpty();
        assertThat(services.audit.all()).anyMatch(e -> e.action() == AuditAction.APPOINTMENT_BOOKED_BY_STAFF);

        view.prepareBooking();
        assertThat(view.getBookedCode()).as("the next person's form").isNull();
        assertThat(view.getBooking().getGivenNames()).isNull();
        assertThat(view.getBooking().getPassport()).isNull();
        assertThat(view.getBooking().getProcedure()).isEqualTo("CANJE-RT");
    }

    @Test
    void a_booking_with_missing_fields_says_so_beside_each_and_books_nothing() {
        view.load();
        view.prepareBooking();
        view.getBooking().setEmail("no-es-un-correo");
        view.getBooking().setDateOfBirth("2030-01-01");

        view.book();

        assertThat(besideField("bookForm:time")).containsExactly("Elija un horario.");
        assertThat(besideField("bookForm:givenNames")).hasSize(1);
        assertThat(besideField("bookForm:passport")).hasSize(1);
        assertThat(besideField("bookForm:email")).hasSize(1);
        assertThat(besideField("bookForm:dateOfBirth")).hasSize(1);
        assertThat(view.getBookedCode()).isNull();
        assertThat(services.appointments.all()).containsExactly(nine);
    }

    @Test
    void a_move_needs_a_time_and_a_reason_beside_their_fields_then_moves_and_the_reason_is_on_the_row() {
        view.load();
        assertThat(view.getRows()).singleElement().satisfies(r -> {
            assertThat(r.isMayMove()).isTrue();
            assertThat(r.isMayCancel()).isTrue();
        });
        view.prepareMove(nine.code().value());
        assertThat(view.getMoveTimes()).as("inside the public lead time too").contains("09:30", "10:00");

        view.moveAppointment();
        assertThat(besideField("moveForm:moveTime")).containsExactly("Elija un horario.");
        assertThat(besideField("moveForm:reason")).containsExactly("Escriba el motivo.");

        faces.nextRequest();
        view.setMoveTime("10:00");
        view.setReason("Llamó: llega tarde");
        view.moveAppointment();

        assertThat(faces.pageMessages()).containsExactly("Horario de la cita " + nine.code().value() + " cambiado.");
        assertThat(view.getRows()).singleElement().satisfies(r -> {
            assertThat(r.time()).isEqualTo("10:00");
            assertThat(r.getReason()).isEqualTo("Llamó: llega tarde");
        });
    }

    /** Books at the desk, through the page, a walk-up who gives no e-mail address; the page's messages forgotten. */
    private String walkUpWithoutEmail(String passport, String time, String phone) {
        view.load();
        view.prepareBooking();
        StaffBookingForm form = view.getBooking();
        form.setProcedure("CANJE-RT");
        form.setTime(time);
        form.setGivenNames("José");
        form.setSurnames("Núñez");
        form.setNationality("HND");
        form.setPassport(passport);
        form.setDateOfBirth("1985-03-02");
        form.setPhone(phone);
        view.book();
        assertThat(view.getBookedCode()).isNotNull();
        faces.nextRequest();
        return view.getBookedCode();
    }

    @Test
    void cancelling_for_a_person_without_an_address_tells_staff_to_call_them_not_that_they_were_mailed() {
        String code = walkUpWithoutEmail("H7654321", "09:30", "55 1234 5678");

        view.prepareCancel(code);
        view.setReason("Llamó: no puede venir");
        view.cancelAppointment();

        assertThat(faces.pageMessages()).containsExactly("Cita " + code + " cancelada y su lugar liberado.",
                "La persona de la cita " + code + " no dio correo y no recibirá aviso: avísele por teléfono"
                        + " (55 1234 5678).");
        assertThat(services.outbox.all()).as("nobody to mail").isEmpty();
    }

    @Test
    void moving_for_a_person_with_neither_address_nor_phone_says_to_tell_them_in_person() {
        String code = walkUpWithoutEmail("H7654321", "09:30", null);

        view.prepareMove(code);
        view.setMoveTime("10:00");
        view.setReason("Llegará tarde");
        view.moveAppointment();

        assertThat(faces.pageMessages()).containsExactly("Horario de la cita " + code + " cambiado.",
                "La persona de la cita " + code + " no dio correo ni teléfono y no recibirá aviso: avísele cuando"
                        + " venga o llame.");
    }

    @Test
    void a_cancellation_needs_a_reason_then_cancels() {
        view.load();
        assertThat(view.getCancelTitle()).as("the dialog is rendered before any row is chosen")
                .isEqualTo("Cancelar la cita ");
        view.prepareCancel(nine.code().value());
        assertThat(view.getCancelTitle()).isEqualTo("Cancelar la cita " + nine.code().value());
        view.cancelAppointment();
        assertThat(besideField("cancelForm:reason")).containsExactly("Escriba el motivo.");
        assertThat(services.appointments.findByCode(nine.code()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);

        faces.nextRequest();
        view.setReason("La persona llamó");
        view.cancelAppointment();
        assertThat(services.appointments.findByCode(nine.code()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(view.getRows()).singleElement().satisfies(r -> {
            assertThat(r.isMayCancel()).isFalse();
            assertThat(r.getReason()).isEqualTo("La persona llamó");
        });
    }

    @Test
    void a_scanned_code_opens_its_check_in_with_name_nationality_and_date_of_birth_and_the_step_can_be_undone() {
        view.load();
        view.setQuery(" " + nine.code().value() + " ");
        view.search();

        assertThat(view.isOpenCheckIn()).isTrue();
        assertThat(view.getCheckInCode()).isEqualTo(nine.code().value());
        assertThat(view.getCheckInRow().applicant()).isEqualTo("Ana María Pérez López");
        assertThat(view.getCheckInRow().nationality()).isEqualTo("GTM");
        assertThat(view.getCheckInRow().getDateOfBirth()).isEqualTo("jueves, 17 de mayo de 1990");

        view.setCheckInPassport("G1000001");
        view.checkIn();
        assertThat(view.getRows()).singleElement().satisfies(r -> assertThat(r.isMayUndo()).isTrue());

        faces.nextRequest();
        view.undo(nine.code().value());
        assertThat(faces.pageMessages()).containsExactly("Último paso de la cita " + nine.code().value()
                + " deshecho.");
        assertThat(view.getRows()).singleElement().satisfies(r -> assertThat(r.isMayCheckIn()).isTrue());
    }

    @Test
    void a_passport_typed_in_the_search_does_not_open_a_check_in() {
        view.load();
        view.setQuery("G1000001");
        view.search();
        assertThat(view.getFound()).hasSize(1);
        assertThat(view.isOpenCheckIn()).isFalse();
    }

    @Test
    void the_day_is_headed_in_words_and_the_print_says_who_printed_it_when() {
        view.load();
        assertThat(view.getDayInWords()).isEqualTo("lunes, 30 de noviembre de 2026");
        services.clock.advance(Duration.ofMinutes(5));
        assertThat(view.getPrintedBy()).isEqualTo(
                "Impreso por persona.staff el lunes, 30 de noviembre de 2026 a las 08:05");
    }

    @SuppressWarnings("unused")
    private static String summary(FacesMessage m) {
        return m.getSummary();
    }
}
