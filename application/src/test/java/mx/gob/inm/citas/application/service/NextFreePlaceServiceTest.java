package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryFreePlaceVersions;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.NextFreePlaces;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.OfficePlace;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.Query;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.StateNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NextFreePlaceServiceTest {

    /** Friday 27 November 2026: 07:00 in Mexico City and Mérida, 05:00 in Tijuana, 08:00 in Cancún. */
    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final BookingWindow WINDOW = new BookingWindow(Duration.ofHours(2), 60);

    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    private final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    private final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    private final CountingLedger ledger = new CountingLedger();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CatalogueService catalogue = new CatalogueService(offices, procedures);
    private final NextFreePlaceService service = new NextFreePlaceService(catalogue, schedules, closures, ledger,
            WINDOW, clock);
    private final AvailabilityService calendar = new AvailabilityService(catalogue, schedules, closures, ledger,
            WINDOW, InMemoryFreePlaceVersions.neverTheSame(), clock);

    private final Office cdmx = DomainFixtures.cdmx();
    private final Office azcapotzalco = DomainFixtures.office("cdmx-azcapotzalco", "Azcapotzalco", "CDMX",
            "Ciudad de México", "America/Mexico_City");
    private final Office merida = DomainFixtures.office("yuc-merida", "Mérida", "YUC", "Yucatán", "America/Merida");
    private final Office tijuana = DomainFixtures.tijuana();
    private final Office cancun = DomainFixtures.cancun();
    private final Office monterrey = DomainFixtures.office("nl-monterrey", "Monterrey", "NL", "Nuevo León",
            "America/Monterrey");
    private final Office mexicali = DomainFixtures.office("bc-mexicali", "Mexicali", "BC", "Baja California",
            "America/Tijuana");

    @BeforeEach
    void the_catalogue_has_offices_in_five_states() {
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.renewal());
        procedures.save(DomainFixtures.inPersonOnly());
        for (Office office : List.of(cdmx, azcapotzalco, merida, tijuana, cancun, mexicali)) {
            offices.save(office);
            schedules.save(DomainFixtures.weekdays(office, 4, CANJE_RT, RENOV_RT));
        }
        // Monterrey serves renewals only; Mexicali is closed to the public
        offices.save(monterrey);
        schedules.save(DomainFixtures.weekdays(monterrey, 4, RENOV_RT));
        Office closed = offices.findById(mexicali.id()).orElseThrow();
        closed.deactivate();
        offices.save(closed);
    }

    @Test
    void the_whole_country_is_listed_nearest_date_first_then_by_state_and_city_and_full_offices_last() {
        closures.save(Closure.ofOffice(tijuana.id(), FRIDAY, LocalDate.of(2026, 12, 2), "Obras"));
        closures.save(Closure.ofOffice(cancun.id(), FRIDAY, FRIDAY.plusDays(60), "Remodelación"));

        NextFreePlaces found = service.nextFreePlaces(new Query("CANJE-RT", Optional.empty()));

        assertThat(found.procedure().code()).isEqualTo(CANJE_RT);
        assertThat(found.state()).isEmpty();
        assertThat(found.daysAhead()).isEqualTo(60);
        // Monterrey does not serve the procedure and Mexicali is inactive: neither is listed
        assertThat(found.offices()).extracting(p -> p.office().id().value()).containsExactly("cdmx-azcapotzalco",
                "cdmx-ciudad-de-mexico", "yuc-merida", "bc-tijuana", "qroo-cancun");
        assertThat(found.offices()).extracting(p -> p.date().orElse(null)).containsExactly(FRIDAY, FRIDAY, FRIDAY,
                LocalDate.of(2026, 12, 3), null);
        assertThat(found.withPlaces()).isEqualTo(4);
    }

    @Test
    void each_next_place_is_in_the_office_zone_and_respects_the_lead_time_and_the_taken_places() {
        ledger.give(cdmx.id(), Instant.parse("2026-11-27T15:00:00Z"), 4);

        List<OfficePlace> found = service.nextFreePlaces(new Query("CANJE-RT", Optional.empty())).offices();

        // Mexico City: 09:00 is full, so 09:30; Cancún is at 08:00 with a two-hour lead, so 10:00; Tijuana 09:00
        assertThat(start(found, cdmx)).isEqualTo("2026-11-27T09:30-06:00[America/Mexico_City]");
        assertThat(start(found, cancun)).isEqualTo("2026-11-27T10:00-05:00[America/Cancun]");
        assertThat(start(found, tijuana)).isEqualTo("2026-11-27T09:00-08:00[America/Tijuana]");
        assertThat(found.stream().filter(p -> p.office().id().equals(cdmx.id())).findFirst().orElseThrow()
                .next().orElseThrow().remaining()).isEqualTo(4);
    }

    @Test
    void a_state_narrows_the_search_in_any_case_and_an_unknown_state_is_refused_by_its_code() {
        NextFreePlaces found = service.nextFreePlaces(new Query("CANJE-RT", Optional.of(" cdmx ")));

        assertThat(found.state()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Ciudad de México"));
        assertThat(found.offices()).extracting(p -> p.office().city()).containsExactly("Azcapotzalco",
                "Ciudad de México");
        // a real state with no office serving the procedure is an empty answer, not a refusal
        assertThat(service.nextFreePlaces(new Query("CANJE-RT", Optional.of("NL"))).offices()).isEmpty();
        assertThat(service.nextFreePlaces(new Query("CANJE-RT", Optional.of(""))).state()).isEmpty();
        assertThatThrownBy(() -> service.nextFreePlaces(new Query("CANJE-RT", Optional.of("XX"))))
                .isInstanceOf(StateNotFoundException.class).hasMessageContaining("XX");
    }

    @Test
    void unknown_blank_and_in_person_procedures_are_refused() {
        assertThatThrownBy(() -> service.nextFreePlaces(new Query("NO-SUCH", Optional.empty())))
                .isInstanceOf(ProcedureNotFoundException.class).hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> service.nextFreePlaces(new Query("../x", Optional.empty())))
                .isInstanceOf(ProcedureNotFoundException.class);
        assertThatThrownBy(() -> service.nextFreePlaces(new Query("REGULARIZ-VENCIDO", Optional.empty())))
                .isInstanceOf(ProcedureNotBookableOnlineException.class);
        assertThatThrownBy(() -> new Query(" ", Optional.empty())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_place_beyond_the_first_two_weeks_is_found_with_a_second_read_of_the_ledger_only_where_needed() {
        // Tijuana closed until Sunday 20 December: its next place is Monday 21 December, beyond the first look
        closures.save(Closure.ofOffice(tijuana.id(), FRIDAY, LocalDate.of(2026, 12, 20), "Obras"));

        List<OfficePlace> found = service.nextFreePlaces(new Query("CANJE-RT", Optional.empty())).offices();

        assertThat(start(found, tijuana)).isEqualTo("2026-12-21T09:00-08:00[America/Tijuana]");
        assertThat(found.get(found.size() - 1).office().id()).isEqualTo(tijuana.id());
        // five offices, one read each, and a second one for Tijuana only
        assertThat(ledger.reads).hasSize(6);
        assertThat(ledger.reads.stream().filter(tijuana.id()::equals)).hasSize(2);
    }

    @Test
    void the_next_place_is_always_the_first_one_the_public_calendar_offers() {
        // a mix: full slots, closures across the first look, a nationwide closure, the federal rest days
        ledger.give(cdmx.id(), Instant.parse("2026-11-27T15:00:00Z"), 4);
        ledger.give(cdmx.id(), Instant.parse("2026-11-27T15:30:00Z"), 3);
        closures.save(Closure.nationwide(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), "Día inhábil"));
        closures.save(Closure.ofOffice(merida.id(), FRIDAY, LocalDate.of(2026, 12, 10), "Obras"));
        closures.save(Closure.ofOffice(tijuana.id(), FRIDAY, LocalDate.of(2026, 12, 24), "Obras"));
        closures.save(Closure.ofOffice(cancun.id(), FRIDAY, LocalDate.of(2027, 1, 25), "Obras"));
        for (Office office : List.of(azcapotzalco, merida)) {
            for (int slot = 0; slot < 11; slot++) {
                ledger.give(office.id(), FRIDAY.plusDays(14).atTime(9, 0).plusMinutes(30L * slot)
                        .atZone(office.timeZone()).toInstant(), 4);
            }
        }

        for (OfficePlace place : service.nextFreePlaces(new Query("CANJE-RT", Optional.empty())).offices()) {
            Optional<FreeSlot> calendarFirst = calendar.nextFreeSlot(place.office().id().value(), "CANJE-RT",
                    place.office().localDate(NOW));
            assertThat(place.next()).as(place.office().id().value()).isEqualTo(calendarFirst);
        }
        // Cancún is closed up to the day before the last of the window: that last day is found, and nothing after
        assertThat(service.nextFreePlaces(new Query("CANJE-RT", Optional.of("QROO"))).offices().get(0).date())
                .contains(LocalDate.of(2027, 1, 26));
        closures.save(Closure.ofOffice(cancun.id(), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 1, 26), "Obras"));
        assertThat(service.nextFreePlaces(new Query("CANJE-RT", Optional.of("QROO"))).offices().get(0).next())
                .isEmpty();
    }

    private static String start(List<OfficePlace> found, Office office) {
        return found.stream().filter(p -> p.office().id().equals(office.id())).findFirst().orElseThrow().next()
                .orElseThrow().start().toString();
    }

    /** The fake ledger, noting which office each read of taken places was for. */
    private static final class CountingLedger extends InMemorySlotLedger {

        final List<OfficeId> reads = new ArrayList<>();

        @Override
        public TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to) {
            reads.add(office);
            return super.takenPlaces(office, from, to);
        }
    }
}
