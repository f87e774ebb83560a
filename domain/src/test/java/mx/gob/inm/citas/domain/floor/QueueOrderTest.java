package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.REGULARIZ;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.WINDOW_1;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.appointment;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.at;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.slot;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.walkIn;
import static mx.gob.inm.citas.domain.floor.VisitKind.APPOINTMENT;
import static mx.gob.inm.citas.domain.floor.VisitKind.WALK_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueueOrderTest {

    private static List<String> numbers(List<Visit> order) {
        return order.stream().map(v -> v.number().value()).toList();
    }

    private static List<String> order(List<Visit> waiting, CallTally tally, QueueRatio ratio) {
        return numbers(QueueOrder.forWindow(waiting, WINDOW_1, tally, ratio));
    }

    private static List<String> order(List<Visit> waiting) {
        return order(waiting, CallTally.NONE, QueueRatio.DEFAULT);
    }

    /** {@code appointments} appointments (C-001… by slot) and {@code walkIns} tokens (A-001… by number). */
    private static List<Visit> mix(int appointments, int walkIns) {
        List<Visit> all = new ArrayList<>();
        IntStream.rangeClosed(1, appointments).forEach(n -> all.add(appointment(n, slot(n), at(0))));
        IntStream.rangeClosed(1, walkIns).forEach(n -> all.add(walkIn(n, at(n))));
        Collections.shuffle(all, new Random(appointments * 31L + walkIns));
        return all;
    }

    /** The kinds of {@code order}: "A" for an appointment, "W" for a walk-in. */
    private static String kinds(List<String> order) {
        return String.join(" ", order.stream().map(n -> n.startsWith("C") ? "A" : "W").toList());
    }

    @Test
    void people_with_priority_go_first_in_the_order_they_joined_whatever_their_kind() {
        Visit earlyAppointment = appointment(1, slot(0), at(0));
        Visit olderAdultToken = walkIn(1, CANJE, Priority.OLDER_ADULT, at(3));
        Visit pregnantAppointment = appointment(2, CANJE, slot(8), Priority.PREGNANT, at(5));
        Visit disabledToken = walkIn(2, CANJE, Priority.DISABILITY, at(4));

        assertThat(order(List.of(earlyAppointment, pregnantAppointment, disabledToken, olderAdultToken)))
                .containsExactly("A-001", "A-002", "C-002", "C-001");
    }

    @Test
    void appointments_are_called_by_the_time_of_their_slot_not_by_when_they_checked_in() {
        Visit late = appointment(1, slot(3), at(0));
        Visit early = appointment(2, slot(1), at(20));
        Visit sameSlotLaterCheckIn = appointment(3, slot(1), at(25));

        assertThat(order(List.of(late, sameSlotLaterCheckIn, early))).containsExactly("C-002", "C-003", "C-001");
    }

    @Test
    void walk_ins_are_called_by_their_number() {
        List<Visit> tokens = new ArrayList<>(IntStream.rangeClosed(1, 5).mapToObj(n -> walkIn(n, at(n))).toList());
        Collections.reverse(tokens);
        assertThat(order(tokens)).containsExactly("A-001", "A-002", "A-003", "A-004", "A-005");
    }

    @Test
    void tokens_issued_at_the_same_instant_go_by_their_place_in_the_day_even_past_999() {
        assertThat(order(List.of(walkIn(1000, at(0)), walkIn(999, at(0)), walkIn(998, at(0)))))
                .containsExactly("A-998", "A-999", "A-1000");
    }

    @Test
    void two_to_one_from_a_fresh_day_calls_two_appointments_then_one_walk_in() {
        List<String> order = order(mix(6, 3));
        assertThat(kinds(order)).isEqualTo("A A W A A W A A W");
        assertThat(order).containsExactly("C-001", "C-002", "A-001", "C-003", "C-004", "A-002", "C-005", "C-006",
                "A-003");
    }

    @Test
    void three_to_two_calls_three_appointments_then_two_walk_ins() {
        assertThat(kinds(order(mix(6, 4), CallTally.NONE, new QueueRatio(3, 2))))
                .isEqualTo("A A A W W A A A W W");
    }

    @Test
    void from_a_tally_in_the_middle_of_a_run_the_run_goes_on_where_it_stands() {
        CallTally oneAppointment = new CallTally(Optional.of(APPOINTMENT), 1);
        assertThat(kinds(order(mix(4, 2), oneAppointment, QueueRatio.DEFAULT))).isEqualTo("A W A A W A");

        CallTally twoAppointments = new CallTally(Optional.of(APPOINTMENT), 2);
        assertThat(kinds(order(mix(4, 2), twoAppointments, QueueRatio.DEFAULT))).isEqualTo("W A A W A A");

        CallTally oneWalkIn = new CallTally(Optional.of(WALK_IN), 1);
        assertThat(kinds(order(mix(6, 4), oneWalkIn, new QueueRatio(3, 2)))).isEqualTo("W A A A W W A A A W");

        CallTally twoWalkIns = new CallTally(Optional.of(WALK_IN), 2);
        assertThat(kinds(order(mix(3, 2), twoWalkIns, new QueueRatio(3, 2)))).isEqualTo("A A A W W");
    }

    @Test
    void when_only_one_kind_waits_that_kind_is_called_whatever_the_turn() {
        CallTally longRunOfTokens = new CallTally(Optional.of(WALK_IN), 9);
        assertThat(order(mix(0, 3), longRunOfTokens, QueueRatio.DEFAULT)).containsExactly("A-001", "A-002",
                "A-003");
        CallTally longRunOfAppointments = new CallTally(Optional.of(APPOINTMENT), 9);
        assertThat(order(mix(3, 0), longRunOfAppointments, QueueRatio.DEFAULT)).containsExactly("C-001", "C-002",
                "C-003");
    }

    @Test
    void nobody_waiting_is_an_empty_order() {
        assertThat(order(List.of())).isEmpty();
    }

    @Test
    void a_window_calls_only_visits_of_its_procedures() {
        ServiceWindow renewals = new ServiceWindow(2, Set.of(RENOV));
        Visit exchange = appointment(1, CANJE, slot(0), Priority.NONE, at(0));
        Visit renewal = walkIn(1, RENOV, Priority.NONE, at(1));
        Visit regularisation = walkIn(2, REGULARIZ, Priority.OLDER_ADULT, at(2));

        assertThat(numbers(QueueOrder.forWindow(List.of(exchange, renewal, regularisation), renewals,
                CallTally.NONE, QueueRatio.DEFAULT))).containsExactly("A-001");
        assertThat(order(List.of(exchange, renewal, regularisation))).containsExactly("C-001", "A-001");
    }

    @Test
    void only_waiting_visits_are_called() {
        Visit called = walkIn(1, at(0));
        called.call(2, at(1));
        Visit withdrawn = appointment(1, slot(0), at(0));
        withdrawn.withdraw(at(1));
        Visit waiting = walkIn(2, at(2));

        assertThat(order(List.of(called, withdrawn, waiting))).containsExactly("A-002");
    }

    @Test
    void a_visit_sent_to_another_window_is_not_called_by_this_one_but_by_that_one() {
        ServiceWindow two = new ServiceWindow(2, Set.of(CANJE));
        Visit sent = walkIn(1, at(0));
        sent.call(1, at(1));
        sent.transfer(1, Optional.of(2), Optional.empty(), at(2));
        Visit other = walkIn(2, at(3));

        assertThat(order(List.of(sent, other))).containsExactly("A-002");
        assertThat(numbers(QueueOrder.forWindow(List.of(sent, other), two, CallTally.NONE, QueueRatio.DEFAULT)))
                .as("keeps its place at the window it was sent to").containsExactly("A-001", "A-002");
    }

    @Test
    void ahead_counts_the_people_called_before_a_visit() {
        List<Visit> waiting = mix(4, 2);
        Visit second = waiting.stream().filter(v -> v.number().value().equals("A-001")).findFirst().orElseThrow();
        Visit lastAppointment = waiting.stream().filter(v -> v.number().value().equals("C-004")).findFirst()
                .orElseThrow();

        assertThat(QueueOrder.ahead(second, waiting, List.of(WINDOW_1), CallTally.NONE, QueueRatio.DEFAULT))
                .as("A A W: two appointments first").isEqualTo(2);
        assertThat(QueueOrder.ahead(lastAppointment, waiting, List.of(WINDOW_1), CallTally.NONE, QueueRatio.DEFAULT))
                .as("A A W A A W: C-004 is fifth").isEqualTo(4);
        assertThat(QueueOrder.ahead(second, waiting, List.of(WINDOW_1), new CallTally(Optional.of(APPOINTMENT), 2),
                QueueRatio.DEFAULT)).as("its turn now").isZero();
    }

    @Test
    void ahead_counts_priority_people_who_joined_later_and_not_those_already_called() {
        Visit token = walkIn(1, at(0));
        Visit called = walkIn(2, at(1));
        called.call(1, at(2));
        Visit priority = appointment(1, CANJE, slot(9), Priority.OLDER_ADULT, at(10));

        assertThat(QueueOrder.ahead(token, List.of(token, called, priority), List.of(WINDOW_1), CallTally.NONE,
                QueueRatio.DEFAULT)).isEqualTo(1);
    }

    @Test
    void ahead_leaves_out_people_waiting_for_windows_that_do_not_serve_the_visit() {
        ServiceWindow exchanges = new ServiceWindow(1, Set.of(CANJE));
        ServiceWindow regularisations = new ServiceWindow(2, Set.of(REGULARIZ));
        Visit mine = walkIn(3, CANJE, Priority.NONE, at(5));
        Visit otherCounter = walkIn(1, REGULARIZ, Priority.OLDER_ADULT, at(0));
        Visit sameCounter = walkIn(2, CANJE, Priority.NONE, at(1));

        assertThat(QueueOrder.ahead(mine, List.of(mine, otherCounter, sameCounter),
                List.of(exchanges, regularisations), CallTally.NONE, QueueRatio.DEFAULT)).isEqualTo(1);
    }

    @Test
    void ahead_counts_everyone_waiting_when_no_window_serves_the_procedure_yet() {
        Visit mine = walkIn(3, REGULARIZ, Priority.NONE, at(5));
        Visit exchange = walkIn(1, CANJE, Priority.NONE, at(0));
        Visit renewal = walkIn(2, RENOV, Priority.NONE, at(1));

        assertThat(QueueOrder.ahead(mine, List.of(mine, exchange, renewal), List.of(WINDOW_1), CallTally.NONE,
                QueueRatio.DEFAULT)).isEqualTo(2);
        assertThat(QueueOrder.ahead(mine, List.of(mine, exchange, renewal), List.of(), CallTally.NONE,
                QueueRatio.DEFAULT)).isEqualTo(2);
    }
}
