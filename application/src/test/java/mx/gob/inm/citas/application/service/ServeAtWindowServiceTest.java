package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.FloorWorld.CANJE;
import static mx.gob.inm.citas.application.service.FloorWorld.RENOV;
import static mx.gob.inm.citas.application.service.FloorWorld.assertFloorRefused;
import static mx.gob.inm.citas.application.service.FloorWorld.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.port.in.WindowDesk;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.Test;

/** Staff at the service windows, against the in-memory stores. */
class ServeAtWindowServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final FloorWorld world = new FloorWorld().setUpCdmx();
    private final StaffMember ana = world.cdmxStaff;
    private final StaffMember luis = world.cdmxColleague;

    private String office() {
        return world.cdmxId();
    }

    private Visit stored(String number) {
        return world.visits.find(world.cdmx.id(), TODAY, DisplayNumber.typed(number)).orElseThrow();
    }

    /** Calls next at {@code window} a minute after the last step; the number called. */
    private String next(StaffMember member, int window) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.callNext(member, window).orElseThrow();
    }

    private void finish(StaffMember member, int window, String number) {
        world.windows.start(member, office(), window, number);
        world.windows.finish(member, office(), window, number);
    }

    @Test
    void a_member_opens_a_window_for_their_session_and_sees_who_waits_for_it() {
        world.token(CANJE);
        world.token(RENOV);

        WindowDesk desk = world.open(ana, 2);

        assertThat(desk.window().number()).isEqualTo(2);
        assertThat(desk.openedBy()).contains("ana.lopez");
        assertThat(desk.current()).isEmpty();
        assertThat(desk.waiting()).as("window 2 serves CANJE-RT only").isEqualTo(1);
        assertThat(world.open(ana, 2).openedBy()).as("opening it again is harmless").contains("ana.lopez");
    }

    @Test
    void a_window_someone_else_has_open_is_refused_until_they_close_it() {
        world.open(ana, 1);

        assertThatThrownBy(() -> world.open(luis, 1)).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("window.taken");
            assertThat(e.arguments()).containsExactly(1, "ana.lopez");
        });
        world.windows.close(luis, office(), 1);
        assertThat(world.windows.desk(luis, office(), 1).openedBy()).as("only its holder closes it")
                .contains("ana.lopez");

        world.windows.close(ana, office(), 1);
        assertThat(world.open(luis, 1).openedBy()).contains("luis.mora");
    }

    @Test
    void a_window_the_office_does_not_have_is_refused() {
        assertFloorRefused(() -> world.open(ana, 9), "window.notConfigured");
        assertFloorRefused(() -> world.windows.desk(ana, office(), 9), "window.notConfigured");
    }

    @Test
    void a_window_not_opened_by_the_member_calls_nobody() {
        world.token(CANJE);
        assertFloorRefused(() -> world.callNext(ana, 1), "window.notYours");
        world.open(luis, 1);
        assertThatThrownBy(() -> world.callNext(ana, 1)).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("window.notYours");
            assertThat(e.arguments()).containsExactly(1, "luis.mora");
        });
        world.windows.close(luis, office(), 1);
        assertFloorRefused(() -> world.callNext(luis, 1), "window.notYours");
        assertThat(stored("A-001").status()).isEqualTo(VisitStatus.WAITING);
    }

    @Test
    void with_nobody_waiting_call_next_gives_an_empty_desk() {
        world.open(ana, 1);
        WindowDesk desk = world.windows.callNext(ana, office(), 1);
        assertThat(desk.current()).isEmpty();
        assertThat(desk.waiting()).isZero();

        world.token(RENOV);
        world.open(luis, 2);
        assertThat(world.callNext(luis, 2)).as("window 2 does not serve RENOV-RT").isEmpty();
        assertThat(stored("B-001").status()).isEqualTo(VisitStatus.WAITING);
    }

    @Test
    void a_window_with_a_visit_called_or_being_served_calls_no_one_else() {
        world.token(CANJE);
        world.token(CANJE);
        world.open(ana, 1);
        String first = next(ana, 1);

        assertThatThrownBy(() -> world.callNext(ana, 1)).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("window.busy");
            assertThat(e.arguments()).containsExactly(1, "A-001");
        });
        world.windows.start(ana, office(), 1, first);
        assertFloorRefused(() -> world.callNext(ana, 1), "window.busy");
        world.windows.finish(ana, office(), 1, first);

        assertThat(next(ana, 1)).isEqualTo("A-002");
    }

    @Test
    void the_windows_call_priority_first_then_two_appointments_by_slot_for_each_token() {
        world.token(CANJE);
        world.checkedIn(1, 4, Priority.NONE);
        world.token(CANJE);
        world.checkedIn(2, 1, Priority.NONE);
        world.token(CANJE);
        world.checkedIn(3, 2, Priority.NONE);
        world.checkedIn(4, 3, Priority.NONE);
        world.clock.advance(Duration.ofMinutes(5));
        world.checkedIn(5, 6, Priority.OLDER_ADULT);
        world.clock.advance(Duration.ofMinutes(1));
        world.token(CANJE, Priority.DISABILITY);
        world.open(ana, 1);
        world.open(luis, 2);

        List<String> called = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            StaffMember member = i % 2 == 0 ? ana : luis;
            int window = i % 2 == 0 ? 1 : 2;
            String number = next(member, window);
            called.add(number);
            finish(member, window, number);
        }

        assertThat(called).as("C-005 and A-004 with priority as they joined; C-002 09:30, C-003 10:00, A-001; "
                + "C-004 10:30, C-001 11:00, A-002; then the tokens left").containsExactly("C-005", "A-004", "C-002",
                        "C-003", "A-001", "C-004", "C-001", "A-002", "A-003");
        assertThat(world.callNext(ana, 1)).isEmpty();
    }

    @Test
    void the_turn_goes_on_across_the_windows_of_the_office() {
        IntStream.rangeClosed(1, 3).forEach(i -> world.checkedIn(i, i, Priority.NONE));
        world.token(CANJE);
        world.open(ana, 1);
        world.open(luis, 2);

        assertThat(next(ana, 1)).isEqualTo("C-001");
        assertThat(next(luis, 2)).isEqualTo("C-002");
        assertThat(world.windows.desk(ana, office(), 1).waiting()).isEqualTo(2);
        finish(ana, 1, "C-001");
        assertThat(next(ana, 1)).as("two appointments were called, at two windows").isEqualTo("A-001");
    }

    @Test
    void a_person_is_called_at_most_three_times_and_each_call_is_logged() {
        String number = world.tokenNumber(CANJE);
        world.open(ana, 1);
        next(ana, 1);
        world.windows.recall(ana, office(), 1, number);
        WindowDesk desk = world.windows.recall(ana, office(), 1, "a1");

        assertThat(desk.current()).hasValueSatisfying(v -> assertThat(v.calls()).isEqualTo(3));
        assertFloorRefused(() -> world.windows.recall(ana, office(), 1, number), "visit.recallLimit");
        assertThat(world.visits.log(world.cdmx.id(), TODAY)).extracting(l -> l.event().kind())
                .containsExactly(VisitEventKind.ISSUED, VisitEventKind.CALLED, VisitEventKind.RECALLED,
                        VisitEventKind.RECALLED);
        var log = world.visits.log(world.cdmx.id(), TODAY);
        assertThat(log.subList(1, log.size())).allSatisfy(l -> {
            assertThat(l.event().by()).contains("ana.lopez");
            assertThat(l.event().window()).contains(1);
        });
    }

    @Test
    void finishing_an_appointments_visit_marks_the_appointment_attended() {
        String number = world.checkedIn(1, 0, Priority.NONE);
        Appointment appointment = world.appointments.all().get(0);
        world.open(ana, 1);
        next(ana, 1);
        world.clock.advance(Duration.ofMinutes(2));
        world.windows.start(ana, office(), 1, number);
        world.clock.advance(Duration.ofMinutes(15));
        WindowDesk desk = world.windows.finish(ana, office(), 1, number);

        assertThat(world.stored(appointment).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(desk.current()).as("the window is free").isEmpty();
        Visit finished = stored(number);
        assertThat(finished.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(finished.waited()).contains(Duration.ofMinutes(1));
        assertThat(Duration.between(finished.startedAt().orElseThrow(), finished.finishedAt().orElseThrow()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_person_who_does_not_come_is_marked_absent_and_the_window_calls_the_next() {
        world.token(CANJE);
        world.token(CANJE);
        world.open(ana, 1);
        String absent = next(ana, 1);

        world.windows.markNoShow(ana, office(), 1, absent);

        assertThat(stored(absent).status()).isEqualTo(VisitStatus.NO_SHOW);
        assertThat(next(ana, 1)).isEqualTo("A-002");
        assertFloorRefused(() -> world.windows.start(ana, office(), 1, absent), "visit.notAllowed");
    }

    @Test
    void a_visit_transferred_to_window_2_is_no_longer_window_1s_but_window_2s_in_its_place() {
        world.token(CANJE);
        world.token(CANJE);
        world.open(ana, 1);
        world.open(luis, 2);
        String sent = next(ana, 1);

        WindowDesk desk = world.windows.transfer(ana, office(), 1, sent, Optional.of(2), Optional.empty());

        assertThat(desk.current()).isEmpty();
        assertThat(stored(sent).targetWindow()).contains(2);
        assertThat(next(ana, 1)).as("window 1 calls the next one").isEqualTo("A-002");
        assertThat(next(luis, 2)).as("window 2 calls the one sent to it").isEqualTo(sent);
        assertThat(world.visits.log(world.cdmx.id(), TODAY)).filteredOn(l -> l.event().kind()
                == VisitEventKind.TRANSFERRED).singleElement().satisfies(l -> {
                    assertThat(l.event().window()).contains(1);
                    assertThat(l.event().detail()).isEqualTo("window 2");
                });
    }

    @Test
    void a_visit_transferred_to_another_procedure_is_called_by_a_window_that_serves_it() {
        String number = world.tokenNumber(CANJE);
        world.open(luis, 2);
        world.open(ana, 3);
        assertThat(next(luis, 2)).isEqualTo(number);
        world.windows.start(luis, office(), 2, number);

        world.windows.transfer(luis, office(), 2, number, Optional.empty(), Optional.of(RENOV));

        assertThat(stored(number).procedure()).isEqualTo(DomainFixtures.RENOV_RT);
        assertThat(world.callNext(luis, 2)).as("window 2 serves CANJE-RT only").isEmpty();
        assertThat(next(ana, 3)).isEqualTo(number);
    }

    @Test
    void a_transfer_to_a_window_that_does_not_serve_the_procedure_is_refused_and_changes_nothing() {
        String number = world.tokenNumber(CANJE);
        world.open(ana, 1);
        next(ana, 1);

        assertThatThrownBy(() -> world.windows.transfer(ana, office(), 1, number, Optional.of(3), Optional.empty()))
                .isInstanceOfSatisfying(FloorRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("visit.transferWindowServesNot");
                    assertThat(e.arguments()).containsExactly(3, "CANJE-RT");
                });
        assertFloorRefused(() -> world.windows.transfer(ana, office(), 1, number, Optional.of(2),
                Optional.of(RENOV)), "visit.transferWindowServesNot");
        assertFloorRefused(() -> world.windows.transfer(ana, office(), 1, number, Optional.of(42),
                Optional.empty()), "window.notConfigured");
        assertThatThrownBy(() -> world.windows.transfer(ana, office(), 1, number, Optional.empty(),
                Optional.of("NO-EXISTE"))).isInstanceOf(ProcedureNotFoundException.class);
        // in the catalogue, but served at no window of the office: it would wait for ever
        assertFloorRefused(() -> world.windows.transfer(ana, office(), 1, number, Optional.empty(),
                Optional.of(FloorWorld.REGULARIZ)), "visit.transferNoWindow");

        Visit still = stored(number);
        assertThat(still.status()).isEqualTo(VisitStatus.CALLED);
        assertThat(still.window()).contains(1);
        assertThat(still.procedure()).isEqualTo(DomainFixtures.CANJE_RT);
        assertThat(world.windows.transfer(ana, office(), 1, number, Optional.of(3), Optional.of(RENOV)).current())
                .as("to window 3 as RENOV-RT it may go").isEmpty();
    }

    @Test
    void a_step_on_a_number_not_given_today_or_not_a_number_is_refused() {
        world.open(ana, 1);
        assertFloorRefused(() -> world.windows.start(ana, office(), 1, "A-099"), "visit.notFound");
        assertRefused(() -> world.windows.start(ana, office(), 1, "nada"), InvalidValueException.class,
                "displayNumber.malformed");
        String yesterdays = world.tokenNumber(CANJE);
        world.clock.advance(Duration.ofDays(1));
        assertFloorRefused(() -> world.windows.start(ana, office(), 1, yesterdays), "visit.notFound");
    }

    @Test
    void a_window_steps_only_on_the_visit_called_to_it() {
        world.token(CANJE);
        world.open(ana, 1);
        world.open(luis, 2);
        String number = next(ana, 1);
        assertFloorRefused(() -> world.windows.start(luis, office(), 2, number), "visit.atAnotherWindow");
        assertFloorRefused(() -> world.windows.transfer(luis, office(), 2, number, Optional.of(1),
                Optional.empty()), "visit.atAnotherWindow");
    }

    @Test
    void a_supervisor_sees_a_desk_but_works_no_window_and_staff_of_another_office_neither() {
        world.open(ana, 1);
        assertThat(world.windows.desk(world.cdmxSupervisor, office(), 1).openedBy()).contains("ana.lopez");
        assertThatThrownBy(() -> world.open(world.cdmxSupervisor, 2)).isInstanceOfSatisfying(
                OfficeAccessDeniedException.class,
                e -> assertThat(e.reason()).isEqualTo(OfficeAccessDeniedException.Reason.READ_ONLY));
        assertThatThrownBy(() -> world.windows.desk(world.tijuanaStaff, office(), 1))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> world.callNext(world.tijuanaStaff, 1)).isInstanceOf(OfficeAccessDeniedException.class);
        assertThat(world.audited(mx.gob.inm.citas.domain.staff.AuditAction.ACCESS_REFUSED)).hasSize(3);
    }

    @Test
    void windows_calling_at_the_same_moment_never_call_the_same_visit() throws Exception {
        int count = 8;
        OfficeFloor floor = world.configuration.floor(world.admin, office());
        floor = world.configuration.arrangeWindows(world.admin, office(), IntStream.rangeClosed(1, count)
                .mapToObj(n -> new ServiceWindow(n, Set.of(DomainFixtures.CANJE_RT))).toList(), floor.version());
        world.configuration.offerWalkIns(world.admin, office(), List.of(new mx.gob.inm.citas.domain.floor.WalkInPool(
                'A', Set.of(DomainFixtures.CANJE_RT), 50)), floor.version());
        List<StaffMember> members = IntStream.rangeClosed(1, count).mapToObj(n -> {
            StaffMember member = StaffMember.create(Username.of("ventanilla." + n), "Ventanilla " + n,
                    StaffRole.STAFF, Set.of(world.cdmx.id()), "x");
            world.open(member, n);
            return member;
        }).toList();
        IntStream.range(0, count + 2).forEach(i -> world.token(CANJE));

        ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> presses = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                int window = n;
                presses.add(pool.submit(() -> {
                    start.await();
                    world.callNext(members.get(window - 1), window).ifPresent(called::add);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> press : presses) {
                press.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(called).hasSize(count).doesNotHaveDuplicates();
        assertThat(world.visits.open(world.cdmx.id(), TODAY)).filteredOn(v -> v.status() == VisitStatus.CALLED)
                .extracting(v -> v.window().orElseThrow()).containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, count).boxed().toList());
    }
}
