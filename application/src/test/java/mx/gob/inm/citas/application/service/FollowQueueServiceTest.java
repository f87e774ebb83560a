package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.FloorWorld.CANJE;
import static mx.gob.inm.citas.application.service.FloorWorld.RENOV;
import static mx.gob.inm.citas.application.service.FloorWorld.assertFloorRefused;
import static mx.gob.inm.citas.application.service.FloorWorld.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** The public call display and the status of one number, against the in-memory stores. */
class FollowQueueServiceTest {

    private final FloorWorld world = new FloorWorld().setUpCdmx();
    private final StaffMember ana = world.cdmxStaff;
    private final StaffMember luis = world.cdmxColleague;

    private String office() {
        return world.cdmxId();
    }

    private CallBoard board() {
        return world.follow.board(office(), 6);
    }

    private QueueStatus status(String number) {
        return world.follow.status(office(), number);
    }

    private String next(StaffMember member, int window) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.callNext(member, window).orElseThrow();
    }

    @Test
    void a_board_of_a_day_without_calls_shows_only_how_many_wait() {
        assertThat(board().calls()).isEmpty();
        assertThat(board().waiting()).isZero();
        world.token(CANJE);
        world.checkedIn(1, 0, Priority.NONE);
        assertThat(board().waiting()).isEqualTo(2);
        assertThat(board().office().id()).isEqualTo(world.cdmx.id());
    }

    @Test
    void the_board_shows_the_latest_calls_first_with_their_window_and_whether_it_was_a_recall() {
        world.token(CANJE);
        world.token(CANJE);
        world.token(RENOV);
        world.open(ana, 2);
        world.open(luis, 3);
        String first = next(ana, 2);
        String renewal = next(luis, 3);
        world.clock.advance(Duration.ofMinutes(1));
        world.windows.recall(ana, office(), 2, first);

        CallBoard board = board();

        assertThat(board.calls()).extracting(c -> c.number().value(), CallBoard.Call::window, CallBoard.Call::recall)
                .containsExactly(tuple("A-001", 2, true), tuple("B-001", 3, false), tuple("A-001", 2, false));
        assertThat(board.calls().get(0).at()).isEqualTo(ConsoleWorld.NOW.plus(Duration.ofMinutes(3)));
        assertThat(renewal).isEqualTo("B-001");
        assertThat(board.waiting()).isEqualTo(1);
    }

    @Test
    void the_board_shows_as_many_calls_as_asked_from_1_to_20() {
        world.configuration.offerWalkIns(world.cdmxStaff, office(), java.util.List.of(
                new mx.gob.inm.citas.domain.floor.WalkInPool('A', java.util.Set.of(DomainFixtures.CANJE_RT), 30)),
                world.configuration.floor(ana, office()).version());
        IntStream.range(0, 25).forEach(i -> world.token(CANJE));
        world.open(ana, 1);
        for (int i = 0; i < 25; i++) {
            String number = next(ana, 1);
            world.windows.markNoShow(ana, office(), 1, number);
        }

        assertThat(board().calls()).hasSize(6).first().satisfies(c -> assertThat(c.number()).hasToString("A-025"));
        assertThat(world.follow.board(office(), 0).calls()).hasSize(1);
        assertThat(world.follow.board(office(), 100).calls()).hasSize(20);
    }

    @Test
    void the_boards_position_moves_on_with_every_step_so_a_display_knows_when_to_read_again() {
        long empty = world.follow.boardPosition(office());
        world.token(CANJE);
        long issued = world.follow.boardPosition(office());
        world.open(ana, 1);
        String number = next(ana, 1);
        long called = world.follow.boardPosition(office());
        world.windows.start(ana, office(), 1, number);
        long started = world.follow.boardPosition(office());

        assertThat(empty).isZero();
        assertThat(issued).isGreaterThan(empty);
        assertThat(called).isGreaterThan(issued);
        assertThat(started).isGreaterThan(called);
        assertThat(board().position()).isEqualTo(started);
        world.open(ana, 1);
        assertThat(world.follow.boardPosition(office())).as("opening a window is no step of a visit")
                .isEqualTo(started);
    }

    @Test
    void another_offices_steps_do_not_move_this_board() {
        long before = world.follow.boardPosition(office());
        world.configuration.offerWalkIns(world.tijuanaStaff, world.tijuana.id().value(), java.util.List.of(
                new mx.gob.inm.citas.domain.floor.WalkInPool('A', java.util.Set.of(DomainFixtures.CANJE_RT), 3)), 0);
        world.reception.issue(world.tijuanaStaff, new mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand(
                world.tijuana.id().value(), CANJE, Priority.NONE, Optional.empty()));
        assertThat(world.follow.boardPosition(office())).isEqualTo(before);
        assertThat(board().waiting()).isZero();
    }

    @Test
    void a_number_shows_how_many_are_ahead_and_it_goes_down_with_every_call() {
        IntStream.rangeClosed(1, 2).forEach(i -> world.checkedIn(i, i, Priority.NONE));
        world.token(CANJE);
        world.token(CANJE);

        QueueStatus mine = status("a2");
        assertThat(mine.number()).hasToString("A-002");
        assertThat(mine.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(mine.ahead()).as("C-001 C-002 A-001 first").isEqualTo(3);
        assertThat(mine.window()).isEmpty();
        assertThat(mine.procedure().code()).isEqualTo(DomainFixtures.CANJE_RT);
        assertThat(mine.queuedAt()).isEqualTo(ConsoleWorld.NOW);

        world.open(ana, 1);
        next(ana, 1);
        assertThat(status("A-002").ahead()).isEqualTo(2);
        world.open(luis, 2);
        next(luis, 2);
        assertThat(status("A-002").ahead()).isEqualTo(1);
    }

    @Test
    void a_person_with_priority_who_arrives_later_moves_a_number_back() {
        world.token(CANJE);
        assertThat(status("A-001").ahead()).isZero();
        world.clock.advance(Duration.ofMinutes(1));
        world.token(CANJE, Priority.OLDER_ADULT);
        assertThat(status("A-001").ahead()).isEqualTo(1);
    }

    @Test
    void once_called_a_number_shows_its_window_and_nobody_ahead() {
        world.token(CANJE);
        world.token(CANJE);
        world.open(luis, 2);
        next(luis, 2);

        QueueStatus called = status("A-001");
        assertThat(called.status()).isEqualTo(VisitStatus.CALLED);
        assertThat(called.window()).contains(2);
        assertThat(called.ahead()).isZero();
        assertThat(status("A-002").ahead()).isZero();
    }

    @Test
    void the_status_says_nothing_about_the_person() {
        world.reception.issue(ana, new mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand(office(), CANJE,
                Priority.NONE, Optional.of("Rosa Díaz")));
        assertThat(status("A-001").toString()).doesNotContain("Rosa");
    }

    @Test
    void an_unknown_number_a_number_of_another_day_or_not_a_number_is_refused() {
        assertThatThrownBy(() -> status("A-007")).isInstanceOfSatisfying(FloorRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("visit.notFound");
            assertThat(e.arguments()).containsExactly("A-007");
        });
        world.token(CANJE);
        world.clock.advance(Duration.ofDays(1));
        assertFloorRefused(() -> status("A-001"), "visit.notFound");
        assertRefused(() -> status("¿?"), InvalidValueException.class, "displayNumber.malformed");
    }

    @Test
    void an_unknown_or_deactivated_office_has_no_board() {
        assertThatThrownBy(() -> world.follow.board("no-such-office", 6)).isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> world.follow.status("NOT AN ID", "A-001"))
                .isInstanceOf(OfficeNotFoundException.class);
        world.token(CANJE);
        mx.gob.inm.citas.domain.office.Office closed = world.office(office());
        closed.deactivate();
        world.offices.save(closed);
        assertThatThrownBy(() -> board()).isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> status("A-001")).isInstanceOf(OfficeNotFoundException.class);
    }
}
