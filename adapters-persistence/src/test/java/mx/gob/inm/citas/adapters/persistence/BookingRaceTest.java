package mx.gob.inm.citas.adapters.persistence;

import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import mx.gob.inm.citas.application.port.in.StaffBookingCommand;
import mx.gob.inm.citas.application.service.ActForApplicantService;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.service.AppointmentMail;
import mx.gob.inm.citas.application.service.BookingService;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.HoldExpiryService;
import mx.gob.inm.citas.application.service.SlotBooking;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads race through the real booking service, each in its own transaction and database connection, on
 * the real database engine: the invariants hold because the database enforces them, not because of luck.
 */
class BookingRaceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T15:00:00Z");
    private static final int PLACES = 3;

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Office cdmx = DomainFixtures.cdmx();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ExecutorService threads = Executors.newFixedThreadPool(50);

    @BeforeEach
    void mexico_city_has_three_places_per_slot() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(cdmx);
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            new JpaScheduleRepository(db.em()).save(DomainFixtures.weekdays(cdmx, PLACES, DomainFixtures.CANJE_RT));
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void two_hundred_holds_for_one_slot_give_exactly_its_places_and_refuse_the_rest_as_full() throws Exception {
        Map<String, Integer> outcomes = race(200, i -> () -> hold("P" + (1_000_000 + i), MONDAY_NINE));

        assertThat(outcomes).containsEntry("HELD", PLACES).containsEntry("SLOT_FULL", 200 - PLACES).hasSize(2);
        assertThat(takenAt(MONDAY_NINE)).isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE slot_start = TIMESTAMP '2026-11-30 15:00:00'"))
                .isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(*) FROM outbox_message")).isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(DISTINCT seat_no) FROM slot_seat")).isEqualTo(PLACES);
    }

    @Test
    void two_hundred_holds_for_a_slot_opened_ahead_give_exactly_its_places_through_the_row_opened() throws Exception {
        openAhead(List.of(MONDAY_NINE));
        assertThat(count("SELECT COUNT(*) FROM slot_ledger WHERE taken = 0 AND calendar_version = 0")).isEqualTo(1);

        Map<String, Integer> outcomes = race(200, i -> () -> hold("P" + (1_000_000 + i), MONDAY_NINE));

        assertThat(outcomes).containsEntry("HELD", PLACES).containsEntry("SLOT_FULL", 200 - PLACES).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM slot_ledger")).isEqualTo(1);
        assertThat(takenAt(MONDAY_NINE)).isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(DISTINCT seat_no) FROM slot_seat")).isEqualTo(PLACES);
    }

    @Test
    void openings_racing_the_first_holds_of_their_slots_leave_one_row_per_slot_and_exactly_its_places()
            throws Exception {
        List<Instant> monday = new ArrayList<>();
        for (int slot = 0; slot < 11; slot++) {
            monday.add(MONDAY_NINE.plus(Duration.ofMinutes(30L * slot)));
        }

        // every opener its own ledger, as another instance would be: none knows which rows the others made
        Map<String, Integer> outcomes = race(120, i -> () -> {
            if (i % 4 == 0) {
                openAhead(monday);
                return "OPENED";
            }
            return hold("P" + (1_000_000 + i), monday.get(i % 2));
        });

        assertThat(outcomes).containsEntry("OPENED", 30).containsEntry("HELD", 2 * PLACES)
                .containsEntry("SLOT_FULL", 90 - 2 * PLACES).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM slot_ledger")).isEqualTo(11);
        assertThat(count("SELECT SUM(taken) FROM slot_ledger")).isEqualTo(2 * PLACES);
        assertThat(count("SELECT COUNT(*) FROM slot_seat")).isEqualTo(2 * PLACES);
    }

    @Test
    void the_first_holds_of_slots_never_opened_racing_for_every_place_all_get_one() throws Exception {
        // 33 slots from Monday to Wednesday, each raced by as many people as it has places, none opened ahead: a
        // hold whose update finds no row while another first hold creates it must try again, not call the slot full
        List<Instant> slots = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            for (int slot = 0; slot < 11; slot++) {
                slots.add(MONDAY_NINE.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(30L * slot)));
            }
        }
        Map<String, Integer> outcomes = race(slots.size() * PLACES,
                i -> () -> hold("F" + (1_000_000 + i), slots.get(i / PLACES)));

        assertThat(outcomes).containsEntry("HELD", slots.size() * PLACES).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM slot_ledger WHERE taken = " + PLACES)).isEqualTo(slots.size());
        assertThat(count("SELECT COUNT(*) FROM slot_seat")).isEqualTo(slots.size() * PLACES);
    }

    @Test
    void a_wrong_count_still_cannot_give_a_place_twice_because_every_place_is_a_seat_of_its_own() throws Exception {
        assertThat(race(PLACES, i -> () -> hold("S" + (1_000_000 + i), MONDAY_NINE))).containsEntry("HELD", PLACES)
                .hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM slot_seat")).isEqualTo(PLACES);
        // the count forgets every place (as a lost update would): only the seats stand between the slot and a crowd
        db.execute("UPDATE slot_ledger SET taken = 0");

        Map<String, Integer> outcomes = race(100, i -> () -> hold("T" + (1_000_000 + i), MONDAY_NINE));

        assertThat(outcomes).containsEntry("SLOT_FULL", 100).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE status IN ('PENDING_VERIFICATION', 'CONFIRMED')"))
                .isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(DISTINCT seat_no) FROM slot_seat WHERE seat_no <= " + PLACES))
                .isEqualTo(PLACES);
    }

    @Test
    void a_place_given_back_frees_its_seat_for_the_next_person() throws Exception {
        Appointment first = hold("G1111111", MONDAY_NINE);
        race(PLACES - 1, i -> () -> hold("S" + (1_000_000 + i), MONDAY_NINE));
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        assertThat(db.inTransaction(() -> expiry(later).expire(first.code()))).isTrue();
        assertThat(count("SELECT COUNT(*) FROM slot_seat WHERE appointment_code = '" + first.code().value() + "'"))
                .isZero();

        Map<String, Integer> outcomes = race(24, i -> () -> hold("U" + (1_000_000 + i), MONDAY_NINE));

        assertThat(outcomes).containsEntry("HELD", 1).containsEntry("SLOT_FULL", 23).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM slot_seat")).isEqualTo(PLACES);
    }

    @Test
    void the_next_person_gets_the_lowest_free_seat_even_between_taken_ones() throws Exception {
        hold("G2000001", MONDAY_NINE);
        Appointment second = hold("G2000002", MONDAY_NINE);
        hold("G2000003", MONDAY_NINE);
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
        assertThat(db.inTransaction(() -> expiry(later).expire(second.code()))).isTrue();

        Appointment next = hold("G2000004", MONDAY_NINE);

        assertThat(count("SELECT seat_no FROM slot_seat WHERE appointment_code = '" + next.code().value() + "'"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM slot_seat")).isEqualTo(3);
    }

    @Test
    void fifty_holds_by_one_passport_on_different_slots_give_exactly_one() throws Exception {
        // 11 slots a day from Monday to Friday: 50 different slots
        List<Instant> slots = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int slot = 0; slot < 11; slot++) {
                slots.add(MONDAY_NINE.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(30L * slot)));
            }
        }
        Map<String, Integer> outcomes = race(50, i -> () -> hold("G7654321", slots.get(i)));

        assertThat(outcomes).containsEntry("HELD", 1).containsEntry("ALREADY_BOOKED", 49).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM appointment")).isEqualTo(1);
        assertThat(count("SELECT COALESCE(SUM(taken), 0) FROM slot_ledger")).isEqualTo(1);
    }

    @Test
    void a_hold_released_by_many_racers_gives_its_place_back_exactly_once() throws Exception {
        Appointment first = hold("G1111111", MONDAY_NINE);
        hold("G2222222", MONDAY_NINE);
        assertThat(takenAt(MONDAY_NINE)).isEqualTo(2);
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC);

        Map<String, Integer> outcomes = race(20, i -> () -> db.inTransaction(
                () -> expiry(later).expire(first.code())) ? "RELEASED" : "NOTHING TO DO");

        assertThat(outcomes.get("RELEASED")).isEqualTo(1);
        assertThat(takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE status = 'EXPIRED'")).isEqualTo(1);
    }

    // ---- helpers ----

    private interface Task<T> {
        Callable<T> at(int index);
    }

    /** Starts {@code n} tasks at the same moment and counts how each ended. */
    private <T> Map<String, Integer> race(int n, Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<T> work = task.at(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    T result = work.call();
                    return result instanceof String text ? text : "HELD";
                } catch (AppointmentRefusedException e) {
                    return e.reason().name();
                } catch (RuntimeException e) {
                    // optimistic-lock losers and lock timeouts are legitimate losses of a race, but say so
                    return "FAILED: " + e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        for (Future<String> result : results) {
            outcomes.merge(result.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        Map<String, Integer> withoutLosers = new ConcurrentHashMap<>(outcomes);
        withoutLosers.keySet().removeIf(k -> k.startsWith("FAILED") && k.contains("Optimistic"));
        return n == 20 ? outcomes : withoutLosers;
    }

    @Test
    void staff_at_the_desks_racing_the_public_for_one_slot_share_exactly_its_places() throws Exception {
        Map<String, Integer> outcomes = race(100, i -> () -> i % 2 == 0 ? hold("P" + (1_000_000 + i), MONDAY_NINE)
                : bookAtTheDesk("D" + (1_000_000 + i), MONDAY_NINE));

        assertThat(outcomes).containsEntry("HELD", PLACES).containsEntry("SLOT_FULL", 100 - PLACES).hasSize(2);
        assertThat(takenAt(MONDAY_NINE)).isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE slot_start = TIMESTAMP '2026-11-30 15:00:00'"))
                .isEqualTo(PLACES);
        assertThat(count("SELECT COUNT(DISTINCT seat_no) FROM slot_seat")).isEqualTo(PLACES);
    }

    @Test
    void two_desks_booking_the_same_walk_up_at_once_give_one_appointment() throws Exception {
        Map<String, Integer> outcomes = race(10, i -> () -> bookAtTheDesk("W1234567",
                i % 2 == 0 ? MONDAY_NINE : MONDAY_NINE.plus(Duration.ofMinutes(30))));

        assertThat(outcomes).containsEntry("HELD", 1);
        assertThat(outcomes.keySet()).allMatch(k -> k.equals("HELD") || k.equals("ALREADY_BOOKED")
                || k.equals("SLOT_FULL"));
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE passport_number = 'W1234567'")).isEqualTo(1);
        assertThat(count("SELECT SUM(taken) FROM slot_ledger")).isEqualTo(1);
    }

    private Appointment bookAtTheDesk(String passport, Instant start) {
        StaffMember desk = StaffMember.create(Username.of("ana.lopez"), "Ana López", StaffRole.STAFF,
                java.util.Set.of(cdmx.id()), "hash");
        return db.inTransaction(() -> desk().book(desk, new StaffBookingCommand(cdmx.id().value(), "CANJE-RT",
                start, DomainFixtures.applicantWithoutEmail(passport))));
    }

    private ActForApplicantService desk() {
        JpaOfficeRepository offices = new JpaOfficeRepository(db.em());
        JpaProcedureRepository procedures = new JpaProcedureRepository(db.em());
        return new ActForApplicantService(slots(), new JpaAppointmentRepository(db.em()), offices, procedures,
                new JpaScheduleRepository(db.em()), new JpaClosureRepository(db.em()),
                new JpaSlotLedger(db.em(), db.dataSource()),
                new AppointmentMail(new JpaOutbox(db.em()), new SecureRandom()), n -> new byte[0],
                // the floor is not what this race is about: its queue stays in memory
                new ChangePolicy(Duration.ofHours(24)), new InMemoryOfficeFloorRepository(),
                new InMemoryVisitRepository(), new JpaAuditLog(db.em()), new SecureRandom(), clock);
    }

    private Appointment hold(String passport, Instant start) {
        return db.inTransaction(() -> booking().hold(new HoldAppointmentCommand(cdmx.id().value(), "CANJE-RT", start,
                DomainFixtures.applicant(passport))));
    }

    /** Quotas no test here reaches: the races are about places, not about limits. */
    static final mx.gob.inm.citas.application.port.out.Quotas QUOTAS = quotas();

    private static mx.gob.inm.citas.application.port.out.Quotas quotas() {
        mx.gob.inm.citas.application.port.out.Quota any = mx.gob.inm.citas.application.port.out.Quota.parse("any",
                "1000000/1d");
        return new mx.gob.inm.citas.application.port.out.Quotas(any, any, any, any, any, any, any, any, any, any, any);
    }

    private BookingService booking() {
        JpaAppointmentRepository appointments = new JpaAppointmentRepository(db.em());
        return new BookingService(slots(), appointments, new AppointmentMail(new JpaOutbox(db.em()), new SecureRandom()),
                new VerificationPolicy(Duration.ofMinutes(15), 5), new SecureRandom(), clock,
                mx.gob.inm.citas.application.port.out.RateLimiter.UNLIMITED, QUOTAS,
                new JdbcLinkSecret(db.dataSource()));
    }

    private HoldExpiryService expiry(Clock at) {
        return new HoldExpiryService(new JpaAppointmentRepository(db.em()), slots(),
                (job, holder, now, leaseFor) -> true, at);
    }

    private SlotBooking slots() {
        JpaOfficeRepository offices = new JpaOfficeRepository(db.em());
        JpaProcedureRepository procedures = new JpaProcedureRepository(db.em());
        return new SlotBooking(new CatalogueService(offices, procedures), new JpaScheduleRepository(db.em()),
                new JpaClosureRepository(db.em()),
                new JpaSlotLedger(db.em(), db.dataSource()), new BookingWindow(Duration.ofHours(2), 90));
    }

    private void openAhead(List<Instant> starts) {
        db.inTransaction(() -> {
            new JpaSlotLedger(db.em(), db.dataSource()).open(cdmx.id(), starts);
            return null;
        });
    }

    private int takenAt(Instant start) {
        return db.inTransaction(() -> new JpaSlotLedger(db.em(), db.dataSource())
                .takenPlaces(cdmx.id(), start, start.plusSeconds(1)).at(start));
    }

    private long count(String sql) {
        return db.count(sql);
    }
}
