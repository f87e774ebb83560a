package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.FloorWorld.CANJE;
import static mx.gob.inm.citas.application.service.FloorWorld.assertFloorRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.staff.AuditAction;
import org.junit.jupiter.api.Test;

/** The agenda's check-in, undo and "attended" move the appointment's visit on the floor, against the fakes. */
class FloorAgendaHooksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final FloorWorld world = new FloorWorld().setUpCdmx();
    private final Appointment nine = world.confirmedToday(1, 0);
    private final String code = nine.code().value();

    private RunAgendaUseCase.CheckIn checkIn(Priority priority) {
        return world.agenda.checkIn(world.cdmxStaff, world.cdmxId(), code, FloorWorld.passport(1), priority);
    }

    private Visit visit() {
        return world.visits.findByAppointment(nine.code()).orElseThrow();
    }

    @Test
    void a_check_in_puts_the_appointment_in_the_queue_as_C_001_for_its_slot() {
        RunAgendaUseCase.CheckIn checkIn = checkIn(Priority.NONE);

        assertThat(checkIn.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        Visit visit = checkIn.visit();
        assertThat(visit.number()).hasToString("C-001");
        assertThat(visit.kind()).isEqualTo(VisitKind.APPOINTMENT);
        assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(visit.slotStart()).contains(nine.start());
        assertThat(visit.appointment()).contains(nine.code());
        assertThat(visit.day()).isEqualTo(TODAY);
        assertThat(world.visits.log(world.cdmx.id(), TODAY)).singleElement().satisfies(l -> {
            assertThat(l.event().kind()).isEqualTo(VisitEventKind.CHECKED_IN);
            assertThat(l.event().by()).contains("ana.lopez");
        });
        assertThat(world.checkedIn(2, 1, Priority.NONE)).as("the next check-in").isEqualTo("C-002");
    }

    @Test
    void the_check_in_of_the_agenda_without_a_priority_queues_without_one() {
        Appointment appointment = world.agenda.checkIn(world.cdmxStaff, world.cdmxId(), code, FloorWorld.passport(1));
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(visit().priority()).isEqualTo(Priority.NONE);
    }

    @Test
    void a_refused_check_in_puts_nobody_in_the_queue() {
        assertThatThrownBy(() -> world.agenda.checkIn(world.cdmxStaff, world.cdmxId(), code, "G9999999",
                Priority.NONE)).isInstanceOf(mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.class);
        assertThat(world.visits.findByAppointment(nine.code())).isEmpty();
        assertThat(world.checkedIn(2, 1, Priority.NONE)).as("no number was spent").isEqualTo("C-001");
    }

    @Test
    void undoing_the_check_in_takes_the_visit_out_of_the_queue() {
        checkIn(Priority.NONE);

        world.desk.undo(world.cdmxStaff, world.cdmxId(), code);

        assertThat(world.stored(nine).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(visit().status()).isEqualTo(VisitStatus.WITHDRAWN);
        assertThat(world.visits.open(world.cdmx.id(), TODAY)).isEmpty();
        assertThat(world.follow.board(world.cdmxId(), 6).waiting()).isZero();
        world.open(world.cdmxStaff, 1);
        assertThat(world.callNext(world.cdmxStaff, 1)).isEmpty();
    }

    @Test
    void checking_in_again_rejoins_the_queue_with_the_same_number_from_now_and_the_priority_given_now() {
        checkIn(Priority.NONE);
        world.clock.advance(Duration.ofMinutes(3));
        world.desk.undo(world.cdmxStaff, world.cdmxId(), code);
        world.clock.advance(Duration.ofMinutes(1));

        Visit again = checkIn(Priority.OLDER_ADULT).visit();

        assertThat(again.number()).hasToString("C-001");
        assertThat(again.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(again.queuedAt()).isEqualTo(ConsoleWorld.NOW.plus(Duration.ofMinutes(4)));
        assertThat(visit().priority()).isEqualTo(Priority.OLDER_ADULT);
        assertThat(world.visits.log(world.cdmx.id(), TODAY)).extracting(l -> l.event().kind())
                .containsExactly(VisitEventKind.CHECKED_IN, VisitEventKind.WITHDRAWN, VisitEventKind.REJOINED);
        assertThat(world.checkedIn(2, 1, Priority.NONE)).isEqualTo("C-002");
    }

    @Test
    void a_check_in_corrected_to_a_priority_is_called_first() {
        world.checkedIn(2, 0, Priority.NONE);
        world.token(CANJE);
        checkIn(Priority.NONE);
        world.desk.undo(world.cdmxStaff, world.cdmxId(), code);
        world.clock.advance(Duration.ofMinutes(1));
        checkIn(Priority.PREGNANT);

        world.open(world.cdmxStaff, 1);
        assertThat(world.callNext(world.cdmxStaff, 1)).contains(visit().number().value());
    }

    @Test
    void undoing_a_check_in_once_a_window_called_the_visit_is_refused_and_leaves_everything_as_it_was() {
        checkIn(Priority.NONE);
        world.open(world.cdmxStaff, 2);
        world.clock.advance(Duration.ofMinutes(1));
        world.callNext(world.cdmxStaff, 2);
        long logged = world.visits.logLength(world.cdmx.id());

        assertThatThrownBy(() -> world.desk.undo(world.cdmxStaff, world.cdmxId(), code))
                .isInstanceOfSatisfying(FloorRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("visit.alreadyCalled");
                    assertThat(e.arguments()).containsExactly("C-001", 2);
                });

        assertThat(world.stored(nine).status()).as("the transaction rolled back").isEqualTo(
                AppointmentStatus.CHECKED_IN);
        assertThat(visit().status()).isEqualTo(VisitStatus.CALLED);
        assertThat(world.visits.logLength(world.cdmx.id())).isEqualTo(logged);
        assertThat(world.audited(AuditAction.AGENDA_STEP_UNDONE)).isEmpty();
    }

    @Test
    void undoing_a_check_in_is_refused_too_once_the_visit_was_called_and_transferred_back_to_the_queue() {
        checkIn(Priority.NONE);
        world.open(world.cdmxStaff, 1);
        world.clock.advance(Duration.ofMinutes(1));
        world.callNext(world.cdmxStaff, 1);
        world.windows.transfer(world.cdmxStaff, world.cdmxId(), 1, "C-001", Optional.of(2), Optional.empty());

        assertFloorRefused(() -> world.desk.undo(world.cdmxStaff, world.cdmxId(), code), "visit.alreadyCalled");
        assertThat(world.stored(nine).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(visit().status()).isEqualTo(VisitStatus.WAITING);
        assertThat(visit().targetWindow()).contains(2);
    }

    @Test
    void marking_the_appointment_attended_on_the_agenda_ends_its_open_visit_and_frees_the_window() {
        checkIn(Priority.NONE);
        world.token(CANJE);
        world.open(world.cdmxStaff, 1);
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.callNext(world.cdmxStaff, 1)).contains("C-001");

        world.agenda.markAttended(world.cdmxStaff, world.cdmxId(), code);

        assertThat(world.stored(nine).status()).isEqualTo(AppointmentStatus.ATTENDED);
        Visit ended = visit();
        assertThat(ended.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(world.visits.log(world.cdmx.id(), TODAY)).last().satisfies(l -> {
            assertThat(l.event().kind()).isEqualTo(VisitEventKind.FINISHED);
            assertThat(l.event().detail()).isEqualTo("agenda");
            assertThat(l.event().window()).contains(1);
        });
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.callNext(world.cdmxStaff, 1)).as("the window is free again").contains("A-001");
    }

    @Test
    void marking_attended_a_waiting_appointment_takes_it_out_of_the_queue() {
        checkIn(Priority.NONE);
        world.agenda.markAttended(world.cdmxStaff, world.cdmxId(), code);
        assertThat(visit().status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(world.visits.open(world.cdmx.id(), TODAY)).isEmpty();
    }

    @Test
    void the_appointments_of_each_office_are_numbered_apart() {
        checkIn(Priority.NONE);
        Appointment inTijuana = world.confirmed(7, world.tijuana, "G7777777",
                ConsoleWorld.NOW.plus(Duration.ofHours(3)));
        Visit visit = world.agenda.checkIn(world.tijuanaStaff, world.tijuana.id().value(), inTijuana.code().value(),
                "G7777777", Priority.NONE).visit();
        assertThat(visit.number()).isEqualTo(DisplayNumber.of('C', 1));
        assertThat(visit.office()).isEqualTo(world.tijuana.id());
    }

    @Test
    void marked_absent_at_a_window_the_appointment_is_a_no_show_and_a_late_arrival_is_queued_again_as_a_new_wait() {
        checkIn(Priority.NONE);
        world.open(world.cdmxStaff, 2);
        world.clock.advance(java.time.Duration.ofMinutes(1));
        world.callNext(world.cdmxStaff, 2);
        world.windows.markNoShow(world.cdmxStaff, world.cdmxId(), 2, "C-001");

        assertThat(world.stored(nine).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(visit().status()).isEqualTo(VisitStatus.NO_SHOW);

        // the person comes late: the agenda's undo makes the appointment confirmed, a new check-in queues it again
        world.clock.advance(java.time.Duration.ofMinutes(20));
        world.desk.undo(world.cdmxStaff, world.cdmxId(), code);
        assertThat(world.stored(nine).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        RunAgendaUseCase.CheckIn again = checkIn(Priority.NONE);

        assertThat(again.visit().number()).hasToString("C-001");
        Visit waiting = visit();
        assertThat(waiting.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(waiting.window()).isEmpty();
        assertThat(waiting.calls()).isZero();
        assertThat(waiting.waited()).as("a new wait, not measured from the earlier call").isEmpty();
        assertThat(waiting.queuedAt()).isEqualTo(world.clock.instant());
    }
}
