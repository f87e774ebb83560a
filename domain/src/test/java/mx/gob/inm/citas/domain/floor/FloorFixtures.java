package mx.gob.inm.citas.domain.floor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Visits of one office's day for the floor's tests: Monday 30 November 2026 in Mexico City, the doors open at 08:00
 * ({@link #OPENING}); appointments for CANJE-RT from 09:00, walk-in tokens of the pool A.
 */
final class FloorFixtures {

    static final OfficeId OFFICE = DomainFixtures.cdmx().id();
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    /** 08:00 in Mexico City. */
    static final Instant OPENING = Instant.parse("2026-11-30T14:00:00Z");
    /** The 09:00 slot. */
    static final Instant NINE = Instant.parse("2026-11-30T15:00:00Z");
    static final ProcedureCode CANJE = DomainFixtures.CANJE_RT;
    static final ProcedureCode RENOV = DomainFixtures.RENOV_RT;
    static final ProcedureCode REGULARIZ = DomainFixtures.REGULARIZ_VENCIDO;
    /** Window 1 serves CANJE-RT and RENOV-RT. */
    static final ServiceWindow WINDOW_1 = new ServiceWindow(1, Set.of(CANJE, RENOV));

    private FloorFixtures() {
    }

    /** {@code minutes} after the doors opened. */
    static Instant at(int minutes) {
        return OPENING.plus(Duration.ofMinutes(minutes));
    }

    /** The slot {@code half hours} half-hours after 09:00. */
    static Instant slot(int halfHours) {
        return NINE.plus(Duration.ofMinutes(30L * halfHours));
    }

    /** The appointment C-{@code n} for CANJE-RT, checked in at {@code checkedInAt} for its {@code slot}. */
    static Visit appointment(int n, Instant slot, Instant checkedInAt) {
        return appointment(n, CANJE, slot, Priority.NONE, checkedInAt);
    }

    static Visit appointment(int n, ProcedureCode procedure, Instant slot, Priority priority, Instant checkedInAt) {
        return Visit.checkedIn(OFFICE, DAY, DisplayNumber.of(DisplayNumber.APPOINTMENTS, n),
                ConfirmationCode.random(new Random(n)), procedure, slot, priority, checkedInAt);
    }

    /** The walk-in token A-{@code n} for CANJE-RT, issued at {@code issuedAt}. */
    static Visit walkIn(int n, Instant issuedAt) {
        return walkIn(n, CANJE, Priority.NONE, issuedAt);
    }

    static Visit walkIn(int n, ProcedureCode procedure, Priority priority, Instant issuedAt) {
        return Visit.walkIn(OFFICE, DAY, DisplayNumber.of('A', n), procedure, priority, Optional.empty(), issuedAt);
    }

    /** Asserts that {@code call} is refused with the domain's {@code code}. */
    static void assertRefused(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    static void assertFloorRefused(ThrowingCallable call, String code) {
        assertRefused(call, FloorRefusedException.class, code);
    }
}
