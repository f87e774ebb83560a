package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.appointment;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.at;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.slot;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.walkIn;
import static mx.gob.inm.citas.domain.floor.VisitKind.APPOINTMENT;
import static mx.gob.inm.citas.domain.floor.VisitKind.WALK_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallTallyTest {

    @Test
    void a_day_without_calls_has_no_run() {
        assertThat(CallTally.ofLatestFirst(List.of())).isEqualTo(CallTally.NONE);
        assertThat(CallTally.NONE.lastKind()).isEmpty();
        assertThat(CallTally.NONE.run()).isZero();
    }

    @Test
    void the_run_is_how_many_of_the_latest_kind_were_called_in_a_row() {
        assertThat(CallTally.ofLatestFirst(List.of(WALK_IN, APPOINTMENT, APPOINTMENT)))
                .isEqualTo(new CallTally(Optional.of(WALK_IN), 1));
        assertThat(CallTally.ofLatestFirst(List.of(APPOINTMENT, APPOINTMENT, WALK_IN, APPOINTMENT)))
                .isEqualTo(new CallTally(Optional.of(APPOINTMENT), 2));
        assertThat(CallTally.ofLatestFirst(List.of(WALK_IN, WALK_IN, WALK_IN)))
                .isEqualTo(new CallTally(Optional.of(WALK_IN), 3));
    }

    @Test
    void a_call_of_the_same_kind_lengthens_the_run_and_of_the_other_starts_a_new_one() {
        CallTally one = CallTally.NONE.after(appointment(1, slot(0), at(0)));
        assertThat(one).isEqualTo(new CallTally(Optional.of(APPOINTMENT), 1));
        CallTally two = one.after(appointment(2, slot(0), at(1)));
        assertThat(two).isEqualTo(new CallTally(Optional.of(APPOINTMENT), 2));
        assertThat(two.after(walkIn(1, at(2)))).isEqualTo(new CallTally(Optional.of(WALK_IN), 1));
    }

    @Test
    void a_visit_with_priority_takes_no_ones_turn() {
        CallTally two = new CallTally(Optional.of(APPOINTMENT), 2);
        assertThat(two.after(FloorFixtures.walkIn(1, CANJE, Priority.OLDER_ADULT, at(0)))).isEqualTo(two);
        assertThat(CallTally.NONE.after(appointment(1, CANJE, slot(0), Priority.PREGNANT, at(0))))
                .isEqualTo(CallTally.NONE);
    }

    @Test
    void appointments_go_until_their_run_reaches_their_share_then_walk_ins_until_theirs() {
        QueueRatio threeToTwo = new QueueRatio(3, 2);
        assertThat(CallTally.NONE.appointmentsTurn(threeToTwo)).as("a fresh day starts with appointments").isTrue();
        assertThat(new CallTally(Optional.of(APPOINTMENT), 2).appointmentsTurn(threeToTwo)).isTrue();
        assertThat(new CallTally(Optional.of(APPOINTMENT), 3).appointmentsTurn(threeToTwo)).isFalse();
        assertThat(new CallTally(Optional.of(WALK_IN), 1).appointmentsTurn(threeToTwo)).isFalse();
        assertThat(new CallTally(Optional.of(WALK_IN), 2).appointmentsTurn(threeToTwo)).isTrue();
    }

    @Test
    void a_run_longer_than_the_share_of_a_ratio_changed_meanwhile_gives_the_turn_at_once() {
        assertThat(new CallTally(Optional.of(APPOINTMENT), 7).appointmentsTurn(QueueRatio.DEFAULT)).isFalse();
        assertThat(new CallTally(Optional.of(WALK_IN), 7).appointmentsTurn(QueueRatio.DEFAULT)).isTrue();
    }

    @Test
    void a_run_counts_calls_of_a_kind_so_none_without_a_kind_and_a_kind_without_a_call_are_refused() {
        assertThatThrownBy(() -> new CallTally(Optional.empty(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallTally(Optional.of(WALK_IN), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallTally(Optional.of(WALK_IN), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
