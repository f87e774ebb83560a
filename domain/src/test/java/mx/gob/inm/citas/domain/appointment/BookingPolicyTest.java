package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.cdmx;
import static mx.gob.inm.citas.domain.DomainFixtures.exchangeOfVisa;
import static mx.gob.inm.citas.domain.DomainFixtures.inPersonOnly;
import static mx.gob.inm.citas.domain.DomainFixtures.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private final BookingPolicy policy = new BookingPolicy(new BookingWindow(Duration.ofHours(2), 90));
    private final Office cdmx = cdmx();
    private final ClosureCalendar closures = new ClosureCalendar(cdmx.id(),
            List.of(Closure.nationwide(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), "Día inhábil")));

    @Test
    void a_slot_of_the_schedule_gives_its_number_of_places() {
        assertThat(places("2026-11-30T15:00:00Z")).isEqualTo(4);
        assertThat(places("2026-11-30T20:00:00Z")).isEqualTo(4); // 14:00 local, the last slot
    }

    @Test
    void a_time_that_is_not_a_slot_or_a_closed_day_is_refused() {
        assertRefused("2026-11-30T15:10:00Z", Reason.NOT_A_SLOT, "not one of the office's appointment times");
        assertRefused("2026-11-30T20:30:00Z", Reason.NOT_A_SLOT, "14:30");
        assertRefused("2026-12-02T15:00:00Z", Reason.NOT_A_SLOT, "Día inhábil");
        assertRefused("2026-12-25T15:00:00Z", Reason.NOT_A_SLOT, "Navidad");
        assertRefused("2026-11-28T15:00:00Z", Reason.NOT_A_SLOT, "not one of");
    }

    @Test
    void the_booking_window_is_enforced() {
        assertRefused("2026-11-27T16:00:00Z", Reason.OUTSIDE_BOOKING_WINDOW, "window");
        assertRefused("2027-03-01T15:00:00Z", Reason.OUTSIDE_BOOKING_WINDOW, "90 days");
    }

    @Test
    void in_person_procedures_are_refused() {
        assertThatThrownBy(() -> policy.placesOfSlot(cdmx, inPersonOnly(), weekdays(cdmx, 4, CANJE_RT), closures,
                Instant.parse("2026-11-30T15:00:00Z"), NOW)).isInstanceOf(ProcedureNotBookableOnlineException.class);
    }

    @Test
    void the_applicant_must_be_born_before_today() {
        policy.checkApplicant(DomainFixtures.applicant("G1234567"), LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> policy.checkApplicant(DomainFixtures.applicant("G1234567"), LocalDate.of(1990, 5, 17)))
                .hasMessageContaining("past");
    }

    private int places(String start) {
        return policy.placesOfSlot(cdmx, exchangeOfVisa(), weekdays(cdmx, 4, CANJE_RT), closures, Instant.parse(start),
                NOW);
    }

    private void assertRefused(String start, Reason reason, String why) {
        assertThatThrownBy(() -> places(start)).isInstanceOfSatisfying(AppointmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).hasMessageContaining(why);
    }
}
