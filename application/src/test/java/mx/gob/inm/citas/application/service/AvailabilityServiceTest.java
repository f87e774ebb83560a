package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryFreePlaceVersions;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.Availability;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.DayAvailability;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.availability.InvalidDateRangeException;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvailabilityServiceTest {

    /** Friday 27 November 2026, 07:00 in Mexico City. */
    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");
    private static final BookingWindow WINDOW = new BookingWindow(Duration.ofHours(2), 60);

    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    private final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    private final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    private final InMemorySlotLedger ledger = new InMemorySlotLedger();
    private final AvailabilityService service = new AvailabilityService(new CatalogueService(offices, procedures),
            schedules, closures, ledger, WINDOW, InMemoryFreePlaceVersions.neverTheSame(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Office cdmx = DomainFixtures.cdmx();

    @BeforeEach
    void the_catalogue_has_mexico_city() {
        offices.save(cdmx);
        procedures.save(DomainFixtures.exchangeOfVisa());
        schedules.save(DomainFixtures.weekdays(cdmx, 4, CANJE_RT));
    }

    @Test
    void without_dates_the_search_covers_thirty_days_from_today_at_the_office() {
        Availability availability = service.findAvailability(query(null, null));
        assertThat(availability.range().from()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(availability.range().to()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(availability.days()).isNotEmpty();
    }

    @Test
    void stored_closures_and_taken_places_shape_what_is_offered() {
        closures.save(Closure.ofOffice(cdmx.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "Fumigación"));
        ledger.give(cdmx.id(), Instant.parse("2026-11-30T15:00:00Z"), 4);

        Availability availability = service.findAvailability(query("2026-11-30", "2026-12-01"));
        assertThat(availability.days()).extracting(DayAvailability::date).containsExactly(LocalDate.of(2026, 11, 30));
        assertThat(availability.days().get(0).slots().get(0).start().toLocalTime()).hasToString("09:30");
    }

    @Test
    void the_next_free_place_skips_closed_and_full_days_and_stops_at_the_end_of_the_window() {
        // Monday 30 November and Tuesday 1 December closed: the next place is Wednesday 2 December at 09:00.
        closures.save(Closure.ofOffice(cdmx.id(), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), "Obras"));

        assertThat(service.nextFreeSlot(cdmx.id().value(), "CANJE-RT", LocalDate.of(2026, 11, 28)))
                .map(slot -> slot.start().toLocalDateTime().toString()).contains("2026-12-02T09:00");
        assertThat(service.bookableDays(cdmx.id().value()))
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 26)));
        closures.save(Closure.ofOffice(cdmx.id(), LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 26), "Cierre"));
        assertThat(service.nextFreeSlot(cdmx.id().value(), "CANJE-RT", LocalDate.of(2026, 11, 1))).isEmpty();
        assertThat(service.weeklySchedule(cdmx.id().value()).periods()).isNotEmpty();
    }

    @Test
    void an_unknown_a_malformed_or_an_inactive_office_is_not_found() {
        assertThatThrownBy(() -> service.findAvailability(new AvailabilityQuery("xx-nowhere", "CANJE-RT",
                Optional.empty(), Optional.empty()))).isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> service.findAvailability(new AvailabilityQuery("../etc", "CANJE-RT",
                Optional.empty(), Optional.empty()))).isInstanceOf(OfficeNotFoundException.class);
        Office closed = offices.findById(cdmx.id()).orElseThrow();
        closed.deactivate();
        offices.save(closed);
        assertThatThrownBy(() -> service.findAvailability(query(null, null)))
                .isInstanceOf(OfficeNotFoundException.class);
    }

    @Test
    void an_unknown_procedure_is_refused_by_name() {
        assertThatThrownBy(() -> service.findAvailability(new AvailabilityQuery(cdmx.id().value(), "NO-SUCH",
                Optional.empty(), Optional.empty()))).isInstanceOf(ProcedureNotFoundException.class)
                .hasMessageContaining("NO-SUCH");
    }

    @Test
    void a_range_longer_than_92_days_or_reversed_is_refused_even_when_one_end_is_defaulted() {
        assertThatThrownBy(() -> query("2026-12-01", "2027-03-04")).isInstanceOf(InvalidDateRangeException.class)
                .hasMessageContaining("92");
        assertThat(query("2026-12-01", "2027-03-03").to()).isPresent();
        assertThatThrownBy(() -> service.findAvailability(query(null, "2026-11-01")))
                .isInstanceOf(InvalidDateRangeException.class);
        assertThatThrownBy(() -> service.findAvailability(query(null, "2027-06-01")))
                .isInstanceOf(InvalidDateRangeException.class);
    }

    @Test
    void an_answer_is_given_again_until_the_office_changes_or_its_first_slot_leaves_the_booking_window() {
        InMemoryFreePlaceVersions versions = new InMemoryFreePlaceVersions();
        // 06:30: 09:00 is the first slot, two hours and a half away
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofMinutes(30)));
        AvailabilityService kept = new AvailabilityService(new CatalogueService(offices, procedures), schedules,
                closures, ledger, WINDOW, versions, clock);
        Availability first = kept.findAvailability(query(null, null));
        FreeSlot nine = first.firstFreeSlot().orElseThrow();
        assertThat(nine.start().toLocalTime()).hasToString("09:00");

        // a place taken that nobody told the versions of: the same answer again
        Instant start = nine.start().toInstant();
        ledger.tryTake(cdmx.id(), start, 4, ledger.calendarVersion(cdmx.id(), start),
                ConfirmationCode.random(new Random(1)));
        assertThat(kept.findAvailability(query(null, null))).isSameAs(first);
        // told: computed again, with the place gone
        versions.changed(cdmx.id());
        Availability after = kept.findAvailability(query(null, null));
        assertThat(after.firstFreeSlot()).hasValueSatisfying(s -> {
            assertThat(s.start()).isEqualTo(nine.start());
            assertThat(s.remaining()).isEqualTo(nine.remaining() - 1);
        });

        // a second before nine o'clock is two hours away, still kept; a second after, 09:00 has left the window
        clock.set(start.minus(WINDOW.minimumLead()).minusSeconds(1));
        assertThat(kept.findAvailability(query(null, null))).isSameAs(after);
        clock.set(start.minus(WINDOW.minimumLead()).plusSeconds(1));
        assertThat(kept.findAvailability(query(null, null)).firstFreeSlot().orElseThrow().start())
                .isAfter(nine.start());
    }

    private AvailabilityQuery query(String from, String to) {
        return new AvailabilityQuery(cdmx.id().value(), "CANJE-RT", Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse));
    }
}
