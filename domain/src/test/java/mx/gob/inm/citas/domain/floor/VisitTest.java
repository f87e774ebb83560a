package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.DAY;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.OFFICE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.appointment;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertFloorRefused;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.at;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.slot;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.walkIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class VisitTest {

    private final Visit token = walkIn(17, at(0));

    @Test
    void a_walk_in_token_waits_from_the_moment_it_was_issued_and_its_first_event_says_so() {
        assertThat(token.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(token.kind()).isEqualTo(VisitKind.WALK_IN);
        assertThat(token.queuedAt()).isEqualTo(at(0));
        assertThat(token.appointment()).isEmpty();
        assertThat(token.slotStart()).isEmpty();
        assertThat(token.window()).isEmpty();
        assertThat(token.calls()).isZero();
        assertThat(token.waited()).as("not called yet").isEmpty();

        VisitEvent joined = token.joined();
        assertThat(joined.kind()).isEqualTo(VisitEventKind.ISSUED);
        assertThat(joined.at()).isEqualTo(at(0));
        assertThat(joined.office()).isEqualTo(OFFICE);
        assertThat(joined.day()).isEqualTo(DAY);
        assertThat(joined.number()).isEqualTo(DisplayNumber.of('A', 17));
        assertThat(joined.window()).isEmpty();
        assertThat(joined.by()).isEmpty();
        assertThat(joined.detail()).isEmpty();
        assertThat(joined.by("ana.lopez").by()).contains("ana.lopez");
    }

    @Test
    void a_checked_in_appointment_waits_for_its_slot_and_its_first_event_names_its_priority() {
        Visit visit = appointment(4, CANJE, slot(1), Priority.OLDER_ADULT, at(5));
        assertThat(visit.kind()).isEqualTo(VisitKind.APPOINTMENT);
        assertThat(visit.slotStart()).contains(slot(1));
        assertThat(visit.appointment()).isPresent();
        assertThat(visit.number()).hasToString("C-004");
        assertThat(visit.joined().kind()).isEqualTo(VisitEventKind.CHECKED_IN);
        assertThat(visit.joined().detail()).isEqualTo("OLDER_ADULT");
    }

    @Test
    void a_walk_in_may_give_a_name_of_up_to_80_characters_and_a_blank_one_is_none() {
        Visit named = Visit.walkIn(OFFICE, DAY, DisplayNumber.of('A', 1), CANJE, Priority.NONE,
                Optional.of("  María Pérez "), at(0));
        assertThat(named.personName()).contains("María Pérez");
        assertThat(Visit.walkIn(OFFICE, DAY, DisplayNumber.of('A', 2), CANJE, Priority.NONE, Optional.of("  "),
                at(0)).personName()).isEmpty();
        assertThat(Visit.walkIn(OFFICE, DAY, DisplayNumber.of('A', 3), CANJE, Priority.NONE, Optional.of(
                "x".repeat(80)), at(0)).personName()).hasValueSatisfying(n -> assertThat(n).hasSize(80));
        assertRefused(() -> Visit.walkIn(OFFICE, DAY, DisplayNumber.of('A', 4), CANJE, Priority.NONE,
                Optional.of("x".repeat(81)), at(0)), InvalidValueException.class, "personName.tooLong");
    }

    @Test
    void a_window_calls_a_waiting_visit_which_is_then_at_that_window_and_has_waited_since_it_joined() {
        VisitEvent called = token.call(3, at(12));

        assertThat(token.status()).isEqualTo(VisitStatus.CALLED);
        assertThat(token.window()).contains(3);
        assertThat(token.calls()).isEqualTo(1);
        assertThat(token.firstCalledAt()).contains(at(12));
        assertThat(token.waited()).contains(Duration.ofMinutes(12));
        assertThat(called.kind()).isEqualTo(VisitEventKind.CALLED);
        assertThat(called.window()).contains(3);
        assertThat(called.at()).isEqualTo(at(12));
        assertThat(called.number()).isEqualTo(token.number());
    }

    @Test
    void a_called_visit_is_recalled_up_to_three_calls_in_all_then_refused() {
        token.call(3, at(1));
        VisitEvent second = token.recall(3, at(2));
        VisitEvent third = token.recall(3, at(3));

        assertThat(second.kind()).isEqualTo(VisitEventKind.RECALLED);
        assertThat(second.detail()).isEqualTo("2");
        assertThat(second.window()).contains(3);
        assertThat(third.detail()).isEqualTo("3");
        assertThat(token.calls()).isEqualTo(Visit.MAX_CALLS);
        assertFloorRefused(() -> token.recall(3, at(4)), "visit.recallLimit");
        assertThat(token.calls()).isEqualTo(3);
        assertThat(token.waited()).as("the wait ends at the first call").contains(Duration.ofMinutes(1));
    }

    @Test
    void only_the_window_that_called_a_visit_recalls_starts_finishes_or_marks_it_absent() {
        token.call(3, at(1));
        assertFloorRefused(() -> token.recall(4, at(2)), "visit.atAnotherWindow");
        assertFloorRefused(() -> token.start(4, at(2)), "visit.atAnotherWindow");
        assertFloorRefused(() -> token.markNoShow(4, at(2)), "visit.atAnotherWindow");
        assertFloorRefused(() -> token.transfer(4, Optional.of(5), Optional.empty(), at(2)),
                "visit.atAnotherWindow");
        token.start(3, at(2));
        assertFloorRefused(() -> token.finish(4, at(3)), "visit.atAnotherWindow");
        assertThat(token.status()).isEqualTo(VisitStatus.SERVING);
        assertThat(token.window()).contains(3);
    }

    @Test
    void the_person_comes_serving_starts_and_when_finished_the_visit_is_over_and_keeps_its_window() {
        token.call(3, at(1));
        VisitEvent started = token.start(3, at(3));
        assertThat(token.status()).isEqualTo(VisitStatus.SERVING);
        assertThat(token.startedAt()).contains(at(3));
        assertThat(started.kind()).isEqualTo(VisitEventKind.STARTED);
        assertThat(started.window()).contains(3);

        VisitEvent finished = token.finish(3, at(20));

        assertThat(token.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(token.status().isOpen()).isFalse();
        assertThat(token.finishedAt()).contains(at(20));
        assertThat(token.window()).as("kept for the figures of its window; no longer open").contains(3);
        assertThat(finished.kind()).isEqualTo(VisitEventKind.FINISHED);
        assertThat(finished.window()).as("the log says where it was served").contains(3);
        assertThat(finished.detail()).isEmpty();
    }

    @Test
    void a_called_person_who_does_not_come_is_marked_absent_and_leaves_the_floor() {
        token.call(3, at(1));
        token.recall(3, at(2));
        VisitEvent absent = token.markNoShow(3, at(5));

        assertThat(token.status()).isEqualTo(VisitStatus.NO_SHOW);
        assertThat(token.status().isOpen()).isFalse();
        assertThat(token.finishedAt()).contains(at(5));
        assertThat(token.window()).as("where it was called").contains(3);
        assertThat(absent.kind()).isEqualTo(VisitEventKind.NO_SHOW);
        assertThat(absent.window()).contains(3);
    }

    @Test
    void each_step_out_of_order_is_refused_and_changes_nothing() {
        assertFloorRefused(() -> token.recall(3, at(1)), "visit.notAllowed");
        assertFloorRefused(() -> token.start(3, at(1)), "visit.notAllowed");
        assertFloorRefused(() -> token.finish(3, at(1)), "visit.notAllowed");
        assertFloorRefused(() -> token.markNoShow(3, at(1)), "visit.notAllowed");
        assertFloorRefused(() -> token.transfer(3, Optional.of(4), Optional.empty(), at(1)), "visit.notAllowed");
        assertFloorRefused(() -> token.rejoin(Priority.NONE, at(1)), "visit.notAllowed");
        assertThat(token.status()).isEqualTo(VisitStatus.WAITING);

        token.call(3, at(1));
        assertFloorRefused(() -> token.call(4, at(2)), "visit.notAllowed");
        assertFloorRefused(() -> token.finish(3, at(2)), "visit.notAllowed");
        token.start(3, at(2));
        assertFloorRefused(() -> token.start(3, at(3)), "visit.notAllowed");
        assertFloorRefused(() -> token.recall(3, at(3)), "visit.notAllowed");
        assertFloorRefused(() -> token.markNoShow(3, at(3)), "visit.notAllowed");
        token.finish(3, at(4));
        assertFloorRefused(() -> token.finish(3, at(5)), "visit.notAllowed");
        assertFloorRefused(() -> token.finishOutsideQueue(at(5)), "visit.notAllowed");
        assertFloorRefused(() -> token.call(3, at(5)), "visit.notAllowed");
        assertThat(token.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(token.finishedAt()).contains(at(4));
    }

    @Test
    void a_refusal_names_the_visit_and_its_state_for_the_message() {
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(FloorRefusedException.class,
                () -> token.start(3, at(1))).arguments()).containsExactly("A-017", "WAITING");
    }

    @Test
    void a_visit_transferred_to_another_window_waits_again_in_its_place_for_that_window_only() {
        token.call(1, at(10));
        token.recall(1, at(11));
        VisitEvent transferred = token.transfer(1, Optional.of(2), Optional.empty(), at(12));

        assertThat(token.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(token.queuedAt()).as("keeps its place").isEqualTo(at(0));
        assertThat(token.targetWindow()).contains(2);
        assertThat(token.window()).isEmpty();
        assertThat(token.calls()).isZero();
        assertThat(transferred.kind()).isEqualTo(VisitEventKind.TRANSFERRED);
        assertThat(transferred.window()).as("where it comes from").contains(1);
        assertThat(transferred.detail()).isEqualTo("window 2");

        assertRefused(() -> token.call(3, at(13)), InvalidValueException.class, "visit.forAnotherWindow");
        token.call(2, at(14));
        assertThat(token.window()).contains(2);
        assertThat(token.targetWindow()).as("called where it was sent").isEmpty();
        assertThat(token.calls()).as("three calls again at the new window").isEqualTo(1);
        assertThat(token.waited()).as("the wait is until its first call").contains(Duration.ofMinutes(10));
    }

    @Test
    void a_visit_being_served_may_be_transferred_to_another_procedure_and_serving_starts_again_there() {
        token.call(1, at(10));
        token.start(1, at(11));
        VisitEvent transferred = token.transfer(1, Optional.empty(), Optional.of(RENOV), at(20));

        assertThat(token.procedure()).isEqualTo(RENOV);
        assertThat(token.targetWindow()).as("any window serving RENOV-RT").isEmpty();
        assertThat(token.startedAt()).isEmpty();
        assertThat(token.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(transferred.detail()).isEqualTo("RENOV-RT");
        token.call(5, at(21));
        assertThat(token.window()).contains(5);
    }

    @Test
    void a_transfer_to_a_window_and_a_procedure_says_both() {
        token.call(1, at(10));
        assertThat(token.transfer(1, Optional.of(2), Optional.of(RENOV), at(11)).detail())
                .isEqualTo("window 2, RENOV-RT");
        assertThat(token.procedure()).isEqualTo(RENOV);
        assertThat(token.targetWindow()).contains(2);
    }

    @Test
    void a_transfer_names_somewhere_else_than_the_window_it_is_at() {
        token.call(1, at(10));
        assertRefused(() -> token.transfer(1, Optional.empty(), Optional.empty(), at(11)),
                InvalidValueException.class, "visit.transferNowhere");
        assertRefused(() -> token.transfer(1, Optional.of(1), Optional.empty(), at(11)),
                InvalidValueException.class, "visit.transferToItself");
        assertThat(token.status()).isEqualTo(VisitStatus.CALLED);
        assertThat(token.window()).contains(1);
    }

    @Test
    void a_waiting_appointment_whose_check_in_is_undone_leaves_the_queue_and_rejoins_with_its_number() {
        Visit visit = appointment(4, slot(0), at(5));
        VisitEvent withdrawn = visit.withdraw(at(6));
        assertThat(visit.status()).isEqualTo(VisitStatus.WITHDRAWN);
        assertThat(visit.status().isOpen()).isFalse();
        assertThat(withdrawn.kind()).isEqualTo(VisitEventKind.WITHDRAWN);
        assertFloorRefused(() -> visit.call(1, at(7)), "visit.notAllowed");
        assertFloorRefused(() -> visit.withdraw(at(7)), "visit.notAllowed");

        VisitEvent rejoined = visit.rejoin(Priority.NONE, at(8));

        assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(visit.number()).hasToString("C-004");
        assertThat(visit.queuedAt()).as("back in the queue from now").isEqualTo(at(8));
        assertThat(rejoined.kind()).isEqualTo(VisitEventKind.REJOINED);
        assertThat(rejoined.detail()).isEmpty();
    }

    @Test
    void a_check_in_made_again_to_correct_the_priority_rejoins_with_the_priority_given_now() {
        Visit visit = appointment(4, slot(0), at(5));
        visit.withdraw(at(6));

        VisitEvent rejoined = visit.rejoin(Priority.DISABILITY, at(7));

        assertThat(visit.priority()).isEqualTo(Priority.DISABILITY);
        assertThat(rejoined.detail()).isEqualTo("DISABILITY");
    }

    @Test
    void a_visit_a_window_already_called_cannot_be_withdrawn_even_once_transferred_back_to_the_queue() {
        Visit visit = appointment(4, slot(0), at(5));
        visit.call(2, at(6));
        assertFloorRefused(() -> visit.withdraw(at(7)), "visit.alreadyCalled");
        visit.transfer(2, Optional.of(3), Optional.empty(), at(8));
        assertFloorRefused(() -> visit.withdraw(at(9)), "visit.alreadyCalled");
        assertThat(visit.status()).isEqualTo(VisitStatus.WAITING);
        assertThat(visit.waited()).hasValueSatisfying(d -> assertThat(d).isPositive());
    }

    @Test
    void an_appointment_marked_attended_on_the_agenda_ends_its_visit_wherever_it_is_on_the_floor() {
        Visit waiting = appointment(1, slot(0), at(0));
        VisitEvent ended = waiting.finishOutsideQueue(at(3));
        assertThat(waiting.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(ended.kind()).isEqualTo(VisitEventKind.FINISHED);
        assertThat(ended.detail()).isEqualTo("agenda");
        assertThat(ended.window()).isEmpty();

        Visit called = appointment(2, slot(0), at(0));
        called.call(4, at(1));
        assertThat(called.finishOutsideQueue(at(2)).window()).contains(4);
        assertThat(called.window()).as("where it was when it ended").contains(4);

        Visit serving = appointment(3, slot(0), at(0));
        serving.call(5, at(1));
        serving.start(5, at(2));
        serving.finishOutsideQueue(at(9));
        assertThat(serving.status()).isEqualTo(VisitStatus.FINISHED);
        assertThat(serving.finishedAt()).contains(at(9));

        Visit withdrawn = appointment(6, slot(0), at(0));
        withdrawn.withdraw(at(1));
        assertFloorRefused(() -> withdrawn.finishOutsideQueue(at(2)), "visit.notAllowed");
    }

    @Test
    void a_stored_visit_comes_back_as_it_was() {
        token.call(2, at(4));
        Visit stored = Visit.reconstitute(OFFICE, DAY, token.number(), token.kind(), token.procedure(),
                token.priority(), token.personName(), token.appointment(), token.slotStart(), token.queuedAt(),
                token.status(), token.window(), token.targetWindow(), token.calls(), token.firstCalledAt(),
                token.startedAt(), token.finishedAt(), 7);
        assertThat(stored.version()).isEqualTo(7);
        assertThat(stored.window()).contains(2);
        stored.recall(2, at(5));
        assertThat(stored.calls()).isEqualTo(2);
    }

    @Test
    void a_stored_visit_with_more_than_three_calls_or_a_walk_in_naming_an_appointment_is_refused() {
        assertRefused(() -> Visit.reconstitute(OFFICE, DAY, token.number(), VisitKind.WALK_IN, CANJE,
                Priority.NONE, Optional.empty(), Optional.empty(), Optional.empty(), at(0), VisitStatus.CALLED,
                Optional.of(1), Optional.empty(), 4, Optional.of(at(1)), Optional.empty(), Optional.empty(), 1),
                InvalidValueException.class, "internal.calls");
        Visit appointment = appointment(1, slot(0), at(0));
        assertRefused(() -> Visit.reconstitute(OFFICE, DAY, token.number(), VisitKind.WALK_IN, CANJE,
                Priority.NONE, Optional.empty(), appointment.appointment(), Optional.empty(), at(0),
                VisitStatus.WAITING, Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), 1), InvalidValueException.class, "internal.appointment");
    }
}
