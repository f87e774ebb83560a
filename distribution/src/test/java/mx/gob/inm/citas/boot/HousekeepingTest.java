package mx.gob.inm.citas.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.ExpireHoldsUseCase;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    /** Holds that ran out, handed out 200 at a time like the real use case; one of them always fails to release. */
    private static final class ExpiredHolds implements ExpireHoldsUseCase {

        final Set<ConfirmationCode> waiting = new LinkedHashSet<>();
        final ConfirmationCode stuck;
        int batches;

        ExpiredHolds(int count) {
            java.util.Random random = new java.util.Random(5);
            while (waiting.size() < count) {
                waiting.add(ConfirmationCode.random(random));
            }
            stuck = waiting.iterator().next();
        }

        @Override
        public List<ConfirmationCode> expiredHolds(String instance, Duration leaseFor) {
            batches++;
            return new ArrayList<>(waiting).subList(0, Math.min(200, waiting.size()));
        }

        @Override
        public boolean expire(ConfirmationCode code) {
            if (code.equals(stuck)) {
                throw new IllegalStateException("a lost race with another instance");
            }
            return waiting.remove(code);
        }
    }

    @Test
    void one_sweep_releases_every_expired_hold_however_many_expired_at_once() {
        ExpiredHolds holds = new ExpiredHolds(3_401);
        Housekeeping housekeeping = new Housekeeping();
        housekeeping.holds = holds;
        housekeeping.expirySeconds = 15;

        housekeeping.expireHolds();

        assertThat(holds.waiting).as("only the one that keeps failing is left for the next sweep")
                .containsExactly(holds.stuck);
        assertThat(holds.batches).isGreaterThan(17);
    }

    @Test
    void a_sweep_with_nothing_left_to_release_stops_instead_of_spinning() {
        ExpiredHolds holds = new ExpiredHolds(1);
        Housekeeping housekeeping = new Housekeeping();
        housekeeping.holds = holds;
        housekeeping.expirySeconds = 15;

        housekeeping.expireHolds();

        assertThat(holds.batches).isEqualTo(1);
    }
}
