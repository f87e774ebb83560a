package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.floor.FloorFixtures.CANJE;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.RENOV;
import static mx.gob.inm.citas.domain.floor.FloorFixtures.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ServiceWindowTest {

    @Test
    void a_window_serves_the_procedures_it_was_given_and_no_other() {
        ServiceWindow window = new ServiceWindow(3, Set.of(CANJE));
        assertThat(window.serves(CANJE)).isTrue();
        assertThat(window.serves(RENOV)).isFalse();
    }

    @Test
    void windows_are_numbered_from_1_to_99() {
        assertThat(new ServiceWindow(1, Set.of(CANJE)).number()).isEqualTo(1);
        assertThat(new ServiceWindow(99, Set.of(CANJE)).number()).isEqualTo(99);
        assertRefused(() -> new ServiceWindow(0, Set.of(CANJE)), InvalidValueException.class, "window.number");
        assertRefused(() -> new ServiceWindow(100, Set.of(CANJE)), InvalidValueException.class, "window.number");
    }

    @Test
    void a_window_serves_at_least_one_procedure() {
        assertRefused(() -> new ServiceWindow(1, Set.of()), InvalidValueException.class, "window.procedures");
        assertRefused(() -> new ServiceWindow(1, null), InvalidValueException.class, "window.procedures");
    }

    @Test
    void what_a_window_serves_cannot_be_changed_from_outside() {
        Set<ProcedureCode> given = new HashSet<>(Set.of(CANJE));
        ServiceWindow window = new ServiceWindow(1, given);
        given.add(RENOV);
        assertThat(window.serves(RENOV)).isFalse();
        assertThatThrownBy(() -> window.procedures().add(RENOV)).isInstanceOf(UnsupportedOperationException.class);
    }
}
