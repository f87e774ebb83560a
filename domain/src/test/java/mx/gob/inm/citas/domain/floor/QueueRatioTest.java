package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class QueueRatioTest {

    @Test
    void by_default_two_appointments_take_their_turn_for_each_walk_in() {
        assertThat(QueueRatio.DEFAULT).isEqualTo(new QueueRatio(2, 1));
        assertThat(QueueRatio.DEFAULT).hasToString("2:1");
    }

    @Test
    void each_side_is_a_whole_number_from_1_to_20() {
        assertThat(new QueueRatio(1, 1)).hasToString("1:1");
        assertThat(new QueueRatio(20, 20)).hasToString("20:20");
        assertRefused(() -> new QueueRatio(0, 1), InvalidValueException.class, "queueRatio.outOfRange");
        assertRefused(() -> new QueueRatio(1, 0), InvalidValueException.class, "queueRatio.outOfRange");
        assertRefused(() -> new QueueRatio(21, 1), InvalidValueException.class, "queueRatio.outOfRange");
        assertRefused(() -> new QueueRatio(1, 21), InvalidValueException.class, "queueRatio.outOfRange");
    }
}
