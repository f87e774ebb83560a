package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.REGULARIZ;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class WalkInPoolTest {

    @Test
    void a_pool_gives_tokens_for_one_procedure_or_for_several_pooled() {
        WalkInPool pooled = new WalkInPool('A', Set.of(CANJE, RENOV), 50);
        assertThat(pooled.serves(CANJE)).isTrue();
        assertThat(pooled.serves(RENOV)).isTrue();
        assertThat(pooled.serves(REGULARIZ)).isFalse();
        assertThat(pooled.dailyTokens()).isEqualTo(50);
    }

    @Test
    void its_letter_is_one_capital_from_A_to_Z() {
        assertThat(new WalkInPool('Z', Set.of(CANJE), 1).letter()).isEqualTo('Z');
        assertRefused(() -> new WalkInPool('a', Set.of(CANJE), 1), InvalidValueException.class, "pool.letter");
        assertRefused(() -> new WalkInPool('1', Set.of(CANJE), 1), InvalidValueException.class, "pool.letter");
        assertRefused(() -> new WalkInPool('Ñ', Set.of(CANJE), 1), InvalidValueException.class, "pool.letter");
    }

    @Test
    void the_letter_of_appointments_is_not_a_pools() {
        assertRefused(() -> new WalkInPool('C', Set.of(CANJE), 1), InvalidValueException.class,
                "pool.letterReserved");
    }

    @Test
    void a_pool_is_for_at_least_one_procedure() {
        assertRefused(() -> new WalkInPool('A', Set.of(), 1), InvalidValueException.class, "pool.procedures");
        assertRefused(() -> new WalkInPool('A', null, 1), InvalidValueException.class, "pool.procedures");
    }

    @Test
    void a_day_has_from_none_to_9999_tokens_of_a_pool() {
        assertThat(new WalkInPool('A', Set.of(CANJE), 0).dailyTokens()).isZero();
        assertThat(new WalkInPool('A', Set.of(CANJE), 9999).dailyTokens()).isEqualTo(9999);
        assertRefused(() -> new WalkInPool('A', Set.of(CANJE), -1), InvalidValueException.class, "pool.tokens");
        assertRefused(() -> new WalkInPool('A', Set.of(CANJE), 10000), InvalidValueException.class, "pool.tokens");
    }

    @Test
    void the_procedures_of_a_pool_cannot_be_changed_from_outside() {
        Set<ProcedureCode> given = new HashSet<>(Set.of(CANJE));
        WalkInPool pool = new WalkInPool('A', given, 5);
        given.add(RENOV);
        assertThat(pool.serves(RENOV)).isFalse();
    }
}
