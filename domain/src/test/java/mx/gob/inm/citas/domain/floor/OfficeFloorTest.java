package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.DAY;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.OFFICE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.REGULARIZ;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertFloorRefused;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class OfficeFloorTest {

    private static final WalkInPool A = new WalkInPool('A', Set.of(CANJE, RENOV), 50);
    private static final WalkInPool B = new WalkInPool('B', Set.of(REGULARIZ), 10);

    private final OfficeFloor floor = OfficeFloor.create(OFFICE);

    @Test
    void an_office_that_never_set_up_its_floor_gives_no_tokens_has_no_windows_and_takes_two_to_one() {
        assertThat(floor.office()).isEqualTo(OFFICE);
        assertThat(floor.pools()).isEmpty();
        assertThat(floor.poolFor(CANJE)).isEmpty();
        assertThat(floor.windows()).isEmpty();
        assertThat(floor.window(1)).isEmpty();
        assertThat(floor.ratio()).isEqualTo(QueueRatio.DEFAULT);
        assertThat(floor.conversionLead()).as("unused online places stay online").isEmpty();
        assertThat(floor.dayTokens()).isEmpty();
        assertThat(floor.version()).isZero();
    }

    @Test
    void each_procedure_gets_its_tokens_from_the_one_pool_that_serves_it() {
        floor.offerWalkIns(List.of(B, A));
        assertThat(floor.pools()).as("in letter order").containsExactly(A, B);
        assertThat(floor.poolFor(RENOV)).contains(A);
        assertThat(floor.poolFor(REGULARIZ)).contains(B);
        assertThat(floor.pool('B')).contains(B);
        assertThat(floor.pool('D')).isEmpty();
    }

    @Test
    void two_pools_with_one_letter_or_one_procedure_in_two_pools_are_refused_and_change_nothing() {
        floor.offerWalkIns(List.of(A));
        assertRefused(() -> floor.offerWalkIns(List.of(A, new WalkInPool('A', Set.of(REGULARIZ), 1))),
                InvalidValueException.class, "floor.letterTwice");
        assertRefused(() -> floor.offerWalkIns(List.of(A, new WalkInPool('B', Set.of(RENOV), 1))),
                InvalidValueException.class, "floor.procedureInTwoPools");
        assertThat(floor.pools()).containsExactly(A);
    }

    @Test
    void windows_are_kept_in_number_and_two_with_one_number_are_refused() {
        ServiceWindow two = new ServiceWindow(2, Set.of(CANJE));
        ServiceWindow one = new ServiceWindow(1, Set.of(RENOV));
        floor.arrangeWindows(List.of(two, one));
        assertThat(floor.windows()).containsExactly(one, two);
        assertThat(floor.window(2)).contains(two);
        assertThat(floor.window(3)).isEmpty();

        assertRefused(() -> floor.arrangeWindows(List.of(one, new ServiceWindow(1, Set.of(CANJE)))),
                InvalidValueException.class, "floor.windowTwice");
        assertThat(floor.windows()).containsExactly(one, two);
    }

    @Test
    void the_turns_can_be_changed() {
        floor.takeTurns(new QueueRatio(3, 2));
        assertThat(floor.ratio()).isEqualTo(new QueueRatio(3, 2));
        assertRefused(() -> floor.takeTurns(null), InvalidValueException.class, "queueRatio.required");
    }

    @Test
    void unused_online_places_become_tokens_from_5_minutes_to_4_hours_before_their_time_or_never() {
        floor.convertUnusedOnlinePlaces(Optional.of(Duration.ofMinutes(5)));
        assertThat(floor.conversionLead()).contains(Duration.ofMinutes(5));
        floor.convertUnusedOnlinePlaces(Optional.of(Duration.ofHours(4)));
        assertThat(floor.conversionLead()).contains(Duration.ofHours(4));

        assertRefused(() -> floor.convertUnusedOnlinePlaces(Optional.of(Duration.ofMinutes(4))),
                InvalidValueException.class, "floor.conversionLead");
        assertRefused(() -> floor.convertUnusedOnlinePlaces(Optional.of(Duration.ofMinutes(241))),
                InvalidValueException.class, "floor.conversionLead");
        assertThat(floor.conversionLead()).contains(Duration.ofHours(4));

        floor.convertUnusedOnlinePlaces(Optional.empty());
        assertThat(floor.conversionLead()).isEmpty();
    }

    @Test
    void a_day_may_have_its_own_number_of_tokens_of_a_pool_and_other_days_keep_the_daily_number() {
        floor.offerWalkIns(List.of(A, B));
        floor.setDayTokens(DAY, 'A', Optional.of(5));

        assertThat(floor.tokensOn(A, DAY)).isEqualTo(5);
        assertThat(floor.tokensOn(A, DAY.plusDays(1))).isEqualTo(50);
        assertThat(floor.tokensOn(B, DAY)).as("only the pool named").isEqualTo(10);
        assertThat(floor.dayTokens()).isEqualTo(Map.of(DAY, Map.of('A', 5)));

        floor.setDayTokens(DAY, 'A', Optional.of(0));
        assertThat(floor.tokensOn(A, DAY)).as("a day without tokens").isZero();

        floor.setDayTokens(DAY, 'A', Optional.empty());
        assertThat(floor.tokensOn(A, DAY)).isEqualTo(50);
        assertThat(floor.dayTokens()).isEmpty();
    }

    @Test
    void a_days_own_number_is_for_a_pool_that_exists_and_from_0_to_9999() {
        floor.offerWalkIns(List.of(A));
        assertFloorRefused(() -> floor.setDayTokens(DAY, 'B', Optional.of(3)), "floor.noSuchPool");
        assertRefused(() -> floor.setDayTokens(DAY, 'A', Optional.of(-1)), InvalidValueException.class,
                "pool.tokens");
        assertRefused(() -> floor.setDayTokens(DAY, 'A', Optional.of(10000)), InvalidValueException.class,
                "pool.tokens");
        assertThat(floor.dayTokens()).isEmpty();
    }

    @Test
    void a_pool_taken_away_takes_its_days_with_it() {
        floor.offerWalkIns(List.of(A, B));
        floor.setDayTokens(DAY, 'A', Optional.of(5));
        floor.setDayTokens(DAY, 'B', Optional.of(2));
        floor.setDayTokens(DAY.plusDays(1), 'B', Optional.of(1));

        floor.offerWalkIns(List.of(A));

        assertThat(floor.dayTokens()).isEqualTo(Map.of(DAY, Map.of('A', 5)));
    }

    @Test
    void the_days_are_read_in_date_order_and_cannot_be_changed_from_outside() {
        floor.offerWalkIns(List.of(A));
        floor.setDayTokens(DAY.plusDays(2), 'A', Optional.of(1));
        floor.setDayTokens(DAY, 'A', Optional.of(2));
        Map<LocalDate, Map<Character, Integer>> days = floor.dayTokens();
        assertThat(days.keySet()).containsExactly(DAY, DAY.plusDays(2));
        assertThatThrownBy(() -> days.put(DAY.plusDays(5), Map.of('A', 3)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> days.get(DAY).put('A', 9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(floor.tokensOn(A, DAY)).isEqualTo(2);
    }

    @Test
    void a_stored_floor_comes_back_as_it_was_at_its_version() {
        OfficeFloor stored = OfficeFloor.reconstitute(OFFICE, List.of(A), Map.of(DAY, Map.of('A', 7)),
                List.of(new ServiceWindow(1, Set.of(CANJE))), new QueueRatio(1, 1), Duration.ofMinutes(30), 4);
        assertThat(stored.version()).isEqualTo(4);
        assertThat(stored.tokensOn(A, DAY)).isEqualTo(7);
        assertThat(stored.ratio()).isEqualTo(new QueueRatio(1, 1));
        assertThat(stored.conversionLead()).contains(Duration.ofMinutes(30));
        assertThat(stored.window(1)).isPresent();
    }

    @Test
    void a_stored_floor_that_breaks_a_rule_is_refused_on_loading() {
        assertRefused(() -> OfficeFloor.reconstitute(OFFICE, List.of(A, new WalkInPool('B', Set.of(CANJE), 1)),
                Map.of(), List.of(), QueueRatio.DEFAULT, null, 1), InvalidValueException.class,
                "floor.procedureInTwoPools");
    }
}
