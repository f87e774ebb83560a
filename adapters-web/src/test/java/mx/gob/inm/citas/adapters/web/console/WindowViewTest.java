package mx.gob.inm.citas.adapters.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import mx.gob.inm.citas.adapters.web.console.AgendaView.Choice;
import mx.gob.inm.citas.adapters.web.fakes.FakeFaces;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand;
import mx.gob.inm.citas.application.port.in.ServeAtWindowUseCase;
import mx.gob.inm.citas.application.port.in.WindowDesk;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window page's bean on the real floor use cases: open, call next in the queue's order, recall up to three
 * calls, start, finish, no-show, transfer, close, and another member at another window at the same time.
 */
class WindowViewTest {

    private final FakeFaces faces = FakeFaces.spanish();
    private final FloorServices services = new FloorServices();
    private final StaffMember ana = services.staff("ana.lopez");
    private final StaffMember luis = services.staff("luis.mora");
    private static final LocalDate MONDAY = LocalDate.parse(ConsoleServices.MONDAY);

    @BeforeEach
    void a_floor() {
        services.setUp(50);
    }

    @AfterEach
    void leave_the_page() {
        faces.close();
    }

    @Test
    void a_window_calls_the_priority_token_first_then_the_appointment_then_the_other_token() {
        issue(Priority.NONE, "María Pérez");
        issue(Priority.PREGNANT, "");
        Appointment nine = services.console.confirmed(1, services.cdmx, "G1000001",
                Instant.parse("2026-11-30T15:00:00Z"));
        services.console.agenda.checkIn(ana, services.office, nine.code().value(), "G1000001");
        WindowView view = services.windowView(ana, null);
        view.load();
        assertThat(view.isOpen()).isFalse();
        assertThat(view.getWindowChoices()).extracting(Choice::label).containsExactly(
                "Ventanilla 1 · Trámite CANJE-RT, Trámite RENOV-RT",
                "Ventanilla 2 · Trámite CANJE-RT, Trámite REGULARIZ-VENCIDO");

        view.setWindow("1");
        view.open();
        assertThat(faces.pageMessages()).containsExactly("Ventanilla 1 abierta a su nombre.");
        assertThat(view.getTitle()).isEqualTo("Ventanilla 1");
        assertThat(view.getWaitingText()).isEqualTo("Esperan 3 personas que esta ventanilla puede atender.");

        assertThat(callAndServe(view)).isEqualTo("A-002");
        assertThat(callAndServe(view)).as("then the appointment, whose holder needs no name here").isEqualTo("C-001");
        assertThat(services.console.appointments.findByCode(nine.code()).orElseThrow().status())
                .as("finished at the window: attended on the agenda").isEqualTo(AppointmentStatus.ATTENDED);
        faces.nextRequest();
        view.callNext();
        assertThat(view.getCurrent().getNumber()).isEqualTo("A-001");
        assertThat(view.getCurrent().getPersonName()).isEqualTo("María Pérez");
        assertThat(view.getCurrent().getKind()).isEqualTo("Ficha");
        assertThat(faces.pageMessages()).containsExactly("Se llamó al turno A-001 a la ventanilla 1.");
        assertThat(view.getWaitingText()).isEqualTo("Nadie espera para esta ventanilla.");
        view.start();
        view.finish();

        faces.nextRequest();
        view.callNext();
        assertThat(view.getCurrent()).isNull();
        assertThat(faces.pageMessages()).containsExactly("Nadie espera para la ventanilla 1.");
    }

    @Test
    void a_visit_is_called_at_most_three_times_and_the_button_says_which_call_it_makes() {
        issue(Priority.NONE, "");
        WindowView view = opened(ana, "1");
        view.callNext();

        assertThat(view.getCurrent().isMayRecall()).isTrue();
        assertThat(view.getCurrent().getRecallLabel()).isEqualTo("Volver a llamar (2 de 3)");
        view.recall();
        assertThat(faces.pageMessages()).endsWith("Se llamó otra vez al turno A-001 (2 de 3).");
        assertThat(view.getCurrent().getRecallLabel()).isEqualTo("Volver a llamar (3 de 3)");
        view.recall();

        assertThat(view.getCurrent().getCalls()).isEqualTo(3);
        assertThat(view.getCurrent().isMayRecall()).isFalse();
        assertThat(view.getCurrent().isMayStart()).isTrue();
        assertThat(view.getCurrent().isMayMarkNoShow()).isTrue();
        assertThat(view.getCurrent().isMayFinish()).isFalse();
    }

    @Test
    void a_person_who_does_not_come_is_marked_so_and_leaves_the_queue() {
        issue(Priority.NONE, "");
        WindowView view = opened(ana, "1");
        view.callNext();
        assertThat(view.getNoShowConfirm()).startsWith("¿Marcar el turno A-001 como «no se presentó»?");

        view.markNoShow();

        assertThat(view.getCurrent()).isNull();
        assertThat(faces.pageMessages()).endsWith("Turno A-001 marcado como «no se presentó».");
        assertThat(visit("A-001").status()).isEqualTo(VisitStatus.NO_SHOW);
    }

    @Test
    void a_visit_transferred_to_window_two_is_called_there_and_not_at_window_one() {
        issue(Priority.NONE, "");
        issue(Priority.NONE, "");
        WindowView one = opened(ana, "1");
        one.callNext();
        one.prepareTransfer();
        assertThat(one.getTransferWindows()).extracting(Choice::value).containsExactly("2");
        assertThat(one.getTransferProcedures()).extracting(Choice::value)
                .containsExactlyInAnyOrder("CANJE-RT", "RENOV-RT", "REGULARIZ-VENCIDO");
        assertThat(one.getTransferTitle()).isEqualTo("Transferir el turno A-001");

        one.setToWindow("2");
        one.transfer();

        assertThat(faces.pageMessages()).endsWith("Turno A-001 transferido: volvió a la fila.");
        assertThat(one.getCurrent()).isNull();
        one.callNext();
        assertThat(one.getCurrent().getNumber()).as("A-001 waits for window 2").isEqualTo("A-002");
        WindowView two = opened(luis, "2");
        two.callNext();
        assertThat(two.getCurrent().getNumber()).isEqualTo("A-001");
    }

    @Test
    void a_transfer_to_nowhere_is_refused_beside_the_window_and_the_visit_stays() {
        issue(Priority.NONE, "");
        WindowView view = opened(ana, "1");
        view.callNext();
        view.prepareTransfer();

        view.transfer();

        assertThat(besideField("transferForm:toWindow")).containsExactly(
                "Para transferir, elija otra ventanilla u otro trámite.");
        assertThat(view.getCurrent().getNumber()).isEqualTo("A-001");
        assertThat(visit("A-001").status()).isEqualTo(VisitStatus.CALLED);
    }

    @Test
    void two_members_at_two_windows_never_call_the_same_visit_and_each_page_keeps_up() {
        issue(Priority.NONE, "");
        issue(Priority.NONE, "");
        WindowView one = opened(ana, "1");
        WindowView two = opened(luis, "2");
        assertThat(one.getWaiting()).isEqualTo(2);

        two.callNext();
        one.callNext();

        assertThat(two.getCurrent().getNumber()).isEqualTo("A-001");
        assertThat(one.getCurrent().getNumber()).isEqualTo("A-002");
        assertThat(one.getWaiting()).isZero();
        two.refresh();
        assertThat(two.getWaiting()).as("window 2 read again").isZero();
    }

    @Test
    void a_window_open_for_someone_else_is_refused_and_says_who_has_it() {
        opened(ana, "1");
        faces.nextRequest();
        WindowView view = services.windowView(luis, "1");
        view.load();
        assertThat(view.getOpenedByText()).isEqualTo("La ventanilla 1 está abierta por ana.lopez.");

        view.open();

        assertThat(besideField("windowForm:window")).containsExactly("La ventanilla 1 ya está abierta por"
                + " ana.lopez.");
        assertThat(view.isOpen()).isFalse();
    }

    @Test
    void the_page_opened_again_goes_on_at_the_members_window_with_its_visit() {
        issue(Priority.NONE, "");
        WindowView first = opened(ana, "2");
        first.callNext();

        WindowView again = services.windowView(ana, null);
        again.load();

        assertThat(again.getOpened()).isEqualTo(2);
        assertThat(again.getCurrent().getNumber()).isEqualTo("A-001");
    }

    @Test
    void a_visit_changed_meanwhile_is_said_and_the_desk_read_again() {
        issue(Priority.NONE, "");
        WindowView view = opened(ana, "1");
        view.callNext();
        view.windows = new ConflictOnStart(services.windows);
        faces.nextRequest();

        view.start();

        assertThat(faces.pageMessages()).containsExactly("Otra persona cambió el turno A-001 mientras tanto. La"
                + " página ya muestra su estado actual: revíselo y repita el paso si aún hace falta.");
        assertThat(view.getCurrent().getNumber()).isEqualTo("A-001");
        assertThat(view.getCurrent().getStatusLabel()).isEqualTo("Llamado a la ventanilla");
    }

    @Test
    void a_closed_window_calls_nobody_until_opened_again() {
        issue(Priority.NONE, "");
        WindowView view = opened(ana, "1");
        assertThat(view.getCloseConfirm()).startsWith("¿Cerrar la ventanilla 1?");

        view.close();

        assertThat(view.isOpen()).isFalse();
        assertThat(faces.pageMessages()).endsWith("Ventanilla 1 cerrada.");
        assertThat(services.sessions.openWindows(services.cdmx.id())).isEmpty();
    }

    @Test
    void a_supervisor_sees_the_windows_and_is_offered_nothing_to_do_at_them() {
        WindowView view = services.windowView(ConsoleServices.member(StaffRole.SUPERVISOR, services.cdmx), null);

        view.load();

        assertThat(view.isRefused()).isFalse();
        assertThat(view.isMayWork()).isFalse();
        assertThat(view.getWindowChoices()).hasSize(2);
        view.open();
        assertThat(view.isOpen()).isFalse();
        assertThat(faces.pageMessages()).containsExactly("Su función de supervisor permite consultar esta oficina,"
                + " pero no registrar cambios.");
    }

    @Test
    void staff_of_another_office_see_none_of_its_windows() {
        WindowView view = services.windowView(ConsoleServices.member(StaffRole.STAFF, services.console.tijuana),
                "1");

        view.load();

        assertThat(view.isRefused()).isTrue();
        assertThat(view.getWindowChoices()).isEmpty();
        assertThat(faces.pageMessages()).containsExactly("No tiene acceso a la oficina cdmx-ciudad-de-mexico.");
    }

    /** Calls next, starts and finishes; the number served. */
    private String callAndServe(WindowView view) {
        view.callNext();
        String number = view.getCurrent().getNumber();
        assertThat(view.getCurrent().getStatusLabel()).isEqualTo("Llamado a la ventanilla");
        view.start();
        assertThat(view.getCurrent().getStatusLabel()).isEqualTo("En atención");
        assertThat(view.getCurrent().isMayFinish()).isTrue();
        if (number.startsWith("C")) {
            assertThat(view.getCurrent().getPersonName()).isEmpty();
            assertThat(view.getCurrent().getKind()).isEqualTo("Cita");
        }
        view.finish();
        assertThat(view.getCurrent()).isNull();
        return number;
    }

    private WindowView opened(StaffMember member, String window) {
        WindowView view = services.windowView(member, window);
        view.load();
        view.open();
        assertThat(view.isOpen()).isTrue();
        return view;
    }

    private void issue(Priority priority, String name) {
        services.tokens.issue(ana, new IssueWalkInTokenCommand(services.office, "CANJE-RT", priority,
                Optional.of(name)));
    }

    private mx.gob.inm.citas.domain.floor.Visit visit(String number) {
        return services.console.visits.find(services.cdmx.id(), MONDAY, new DisplayNumber(number)).orElseThrow();
    }

    private List<String> besideField(String clientId) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(faces.getMessages(clientId), 0), false)
                .map(FacesMessage::getSummary).toList();
    }

    /** The real use case, except that starting finds the visit changed meanwhile by someone else. */
    private record ConflictOnStart(ServeAtWindowUseCase real) implements ServeAtWindowUseCase {

        @Override
        public WindowDesk open(StaffMember member, String officeId, int window) {
            return real.open(member, officeId, window);
        }

        @Override
        public void close(StaffMember member, String officeId, int window) {
            real.close(member, officeId, window);
        }

        @Override
        public WindowDesk desk(StaffMember member, String officeId, int window) {
            return real.desk(member, officeId, window);
        }

        @Override
        public WindowDesk callNext(StaffMember member, String officeId, int window) {
            return real.callNext(member, officeId, window);
        }

        @Override
        public WindowDesk recall(StaffMember member, String officeId, int window, String number) {
            return real.recall(member, officeId, window, number);
        }

        @Override
        public WindowDesk start(StaffMember member, String officeId, int window, String number) {
            throw new EditConflictException("the visit " + number);
        }

        @Override
        public WindowDesk finish(StaffMember member, String officeId, int window, String number) {
            return real.finish(member, officeId, window, number);
        }

        @Override
        public WindowDesk markNoShow(StaffMember member, String officeId, int window, String number) {
            return real.markNoShow(member, officeId, window, number);
        }

        @Override
        public WindowDesk transfer(StaffMember member, String officeId, int window, String number,
                Optional<Integer> toWindow, Optional<String> toProcedure) {
            return real.transfer(member, officeId, window, number, toWindow, toProcedure);
        }
    }
}
