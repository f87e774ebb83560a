package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.ClosureRequest;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase.ClosureOutcome;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.service.AppointmentMail;
import mx.gob.inm.citas.application.service.BookingService;
import mx.gob.inm.citas.application.service.CalendarFence;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.ClosureService;
import mx.gob.inm.citas.application.service.ScheduleConfigurationService;
import mx.gob.inm.citas.application.service.SlotBooking;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The office's calendar changes while people book the very times it takes away: a closure of their day, a week
 * without their slot or with fewer places in it. Many threads hold places through the real booking service while
 * one more saves the change through the real console service, each in its own transaction and connection on the
 * real database engine: in a storm, and in the interleaving a check in Java alone loses (every hold reads the
 * calendar before the change commits and takes its place after). Every place held is either cancelled by the
 * closure (its seat freed) or refused, no place is left where the week no longer has it, and the ledger's counts
 * are its seats.
 */
class CalendarChangeRaceTest {

    /** Friday 27 November 2026, 09:00 in Mexico City (UTC-6 all year). */
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final int PLACES = 100;
    private static final int HOLDERS = 16;
    /** Attempts each holder still makes once the change has committed: they must all be refused. */
    private static final int AFTERWARDS = 3;
    private static final String HELD = "HELD";

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Office cdmx = DomainFixtures.cdmx();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final BookingWindow window = new BookingWindow(Duration.ofHours(2), 90);
    private final StaffMember admin = StaffMember.create(Username.of("admin"), "Admin", StaffRole.ADMIN, Set.of(),
            "hash");
    private final ExecutorService threads = Executors.newFixedThreadPool(HOLDERS + 1);
    private final AtomicInteger passports = new AtomicInteger(1_000_000);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void every_place_held_while_its_day_is_closed_is_cancelled_by_the_closure_or_refused() throws Exception {
        openWeekdays(PLACES, "14:30");
        List<Instant> monday = slotsOn(MONDAY, "09:00", "14:00");

        Storm<ClosureOutcome> storm = storm(monday, 2 * HOLDERS, () -> db.inTransaction(() -> closures().close(
                admin, new ClosureRequest(cdmx.id().value(), MONDAY, MONDAY, "Sismo"))));

        Set<String> cancelled = storm.change().cancelled().stream().map(a -> a.code().value())
                .collect(Collectors.toSet());
        assertThat(storm.outcomes().keySet()).as("holds").isSubsetOf(HELD, "NOT_A_SLOT", "SLOT_FULL");
        assertThat(storm.outcomes().get("NOT_A_SLOT")).as("refused").isGreaterThanOrEqualTo(HOLDERS * AFTERWARDS);
        assertThat(cancelled).as("cancelled by the closure").hasSizeGreaterThanOrEqualTo(2 * HOLDERS)
                .isEqualTo(storm.held());
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE status = 'CANCELLED'"))
                .isEqualTo(storm.held().size());
        assertThat(activeAppointments()).as("active appointments on the closed day").isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM slot_seat")).as("seats still held").isZero();
        assertLedgerCountsItsSeats();
    }

    @Test
    void holds_that_read_the_calendar_before_their_day_was_closed_are_refused_and_the_closure_cancels_none()
            throws Exception {
        openWeekdays(PLACES, "14:30");
        Instant nine = slotsOn(MONDAY, "09:00", "09:00").get(0);

        Interleaving run = interleaved(nine, beforeSaving -> db.inTransaction(() -> closures(beforeSaving)
                .close(admin, new ClosureRequest(cdmx.id().value(), MONDAY, MONDAY, "Sismo"))));

        assertThat(run.change()).isEqualTo("SAVED");
        assertThat(run.holds()).as("holds").containsOnly("NOT_A_SLOT");
        assertThat(activeAppointments()).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'APPOINTMENT_CANCELLED_BY_OFFICE'"))
                .isZero();
        assertLedgerCountsItsSeats();
    }

    @Test
    void holds_that_read_the_week_before_it_dropped_their_slot_are_refused_and_the_week_is_saved() throws Exception {
        openWeekdays(PLACES, "14:30");
        long revision = db.inTransaction(() -> weeks().schedule(admin, cdmx.id().value()).revision());
        Instant two = slotsOn(MONDAY, "14:00", "14:00").get(0);

        Interleaving run = interleaved(two, beforeSaving -> db.inTransaction(() -> weeks(beforeSaving).change(admin,
                cdmx.id().value(), weekdays(PLACES, "09:00", "14:00"), revision)));

        assertThat(run.change()).isEqualTo("SAVED");
        assertThat(run.holds()).as("holds").containsOnly("NOT_A_SLOT");
        assertThat(activeAppointments()).isEmpty();
        assertLedgerCountsItsSeats();
    }

    @Test
    void holds_that_read_the_week_before_it_gave_their_slot_fewer_places_are_refused_and_the_week_is_saved()
            throws Exception {
        openWeekdays(PLACES, "14:30");
        long revision = db.inTransaction(() -> weeks().schedule(admin, cdmx.id().value()).revision());
        Instant nine = slotsOn(MONDAY, "09:00", "09:00").get(0);

        Interleaving run = interleaved(nine, beforeSaving -> db.inTransaction(() -> weeks(beforeSaving).change(admin,
                cdmx.id().value(), weekdays(2, "09:00", "14:30"), revision)));

        assertThat(run.change()).isEqualTo("SAVED");
        assertThat(run.holds()).as("holds").containsOnly("NOT_A_SLOT");
        assertThat(activeAppointments()).isEmpty();
        assertLedgerCountsItsSeats();
    }

    /**
     * A closure fences the slots of the week it reads; a week saved before the closure commits could add a slot to
     * the closed day that no one fenced. The two take turns on the office's week instead.
     */
    @Test
    void a_week_saved_while_a_closure_of_the_office_is_under_way_waits_until_the_closure_has_committed()
            throws Exception {
        openWeekdays(PLACES, "14:30");
        long revision = db.inTransaction(() -> weeks().schedule(admin, cdmx.id().value()).revision());
        CountDownLatch closing = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<String> closure = threads.submit(() -> outcome(() -> db.inTransaction(() -> closures(() -> {
            closing.countDown();
            await(commit);
        }).close(admin, new ClosureRequest(cdmx.id().value(), MONDAY, MONDAY, "Sismo"))), "SAVED"));
        assertThat(await(closing)).isTrue();

        Future<String> week = threads.submit(() -> outcome(() -> db.inTransaction(() -> weeks().change(admin,
                cdmx.id().value(), weekdays(PLACES, "08:00", "14:30"), revision)), "SAVED"));

        assertThatThrownBy(() -> week.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        commit.countDown();
        assertThat(closure.get(60, TimeUnit.SECONDS)).isEqualTo("SAVED");
        assertThat(week.get(60, TimeUnit.SECONDS)).isEqualTo("SAVED");
    }

    // ---- the races ----

    /** How the holds of a storm ended, the codes of those held, and what the change returned. */
    private record Storm<T>(Map<String, Integer> outcomes, Set<String> held, T change) {
    }

    /**
     * {@link #HOLDERS} threads hold places in {@code slots}, round-robin, each with a passport of its own; once
     * {@code heldFirst} places are held, {@code change} runs in a thread of its own. The holders go on until the
     * change has committed and then try {@link #AFTERWARDS} more times each.
     */
    private <T> Storm<T> storm(List<Instant> slots, int heldFirst, Callable<T> change) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch heldEnough = new CountDownLatch(heldFirst);
        AtomicBoolean changed = new AtomicBoolean();
        Set<String> held = ConcurrentHashMap.newKeySet();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> holders = new ArrayList<>();
        for (int h = 0; h < HOLDERS; h++) {
            int first = h;
            holders.add(threads.submit(() -> {
                start.await();
                int after = 0;
                for (int i = first; after < AFTERWARDS; i++) {
                    if (changed.get()) {
                        after++;
                    }
                    Instant slot = slots.get(i % slots.size());
                    String outcome = outcome(() -> held.add(hold(slot).code().value()), HELD);
                    if (outcome.equals(HELD)) {
                        heldEnough.countDown();
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                }
                return null;
            }));
        }
        Future<T> changing = threads.submit(() -> {
            heldEnough.await();
            try {
                return change.call();
            } finally {
                changed.set(true);
            }
        });
        start.countDown();
        T result = changing.get(60, TimeUnit.SECONDS);
        for (Future<?> holder : holders) {
            holder.get(60, TimeUnit.SECONDS);
        }
        return new Storm<>(outcomes, held, result);
    }

    /** How the holds of an interleaving ended, and how the change did. */
    private record Interleaving(List<String> holds, String change) {
    }

    /**
     * Forces the interleaving a check in Java alone loses: {@code change} runs up to its last step (saving the
     * closure or the week, once it has looked at the appointments), then waits until {@link #HOLDERS} holds in
     * {@code slot} have each read the calendar, as it still is, and only then commits. The holds go on as soon as
     * they have read it. {@code change} is given the step to run before its last one.
     */
    private Interleaving interleaved(Instant slot, Function<Runnable, Object> change) throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(HOLDERS);
        AtomicBoolean readFirst = new AtomicBoolean();
        Future<String> changing = threads.submit(() -> outcome(() -> change.apply(() -> {
            checked.countDown();
            readFirst.set(await(read));
        }), "SAVED"));
        List<Future<String>> holding = new ArrayList<>();
        for (int h = 0; h < HOLDERS; h++) {
            holding.add(threads.submit(() -> {
                await(checked);
                return outcome(() -> hold(slot, read::countDown), HELD);
            }));
        }
        List<String> holds = new ArrayList<>();
        for (Future<String> hold : holding) {
            holds.add(hold.get(60, TimeUnit.SECONDS));
        }
        String changed = changing.get(60, TimeUnit.SECONDS);
        assertThat(readFirst).as("every hold read the calendar before the change committed").isTrue();
        return new Interleaving(holds, changed);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String outcome(Callable<?> work, String success) {
        try {
            work.call();
            return success;
        } catch (AppointmentRefusedException e) {
            return e.reason().name();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Closures that run {@code afterFinding} once they have been found, and {@code beforeSaving} before a save. */
    private static final class HookedClosures implements ClosureRepository {

        private final ClosureRepository stored;
        private final Runnable afterFinding;
        private final Runnable beforeSaving;

        HookedClosures(ClosureRepository stored, Runnable afterFinding, Runnable beforeSaving) {
            this.stored = stored;
            this.afterFinding = afterFinding;
            this.beforeSaving = beforeSaving;
        }

        @Override
        public List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to) {
            return stored.findApplyingTo(office, from, to);
        }

        @Override
        public List<Closure> findApplyingToAsStored(OfficeId office, LocalDate from, LocalDate to) {
            List<Closure> found = stored.findApplyingToAsStored(office, from, to);
            afterFinding.run();
            return found;
        }

        @Override
        public void save(Closure closure) {
            beforeSaving.run();
            stored.save(closure);
        }

        @Override
        public boolean remove(Closure closure) {
            return stored.remove(closure);
        }
    }

    /** A week store that runs {@code beforeSaving} before it saves a week from the console. */
    private static final class HookedWeeks implements ScheduleRepository {

        private final ScheduleRepository stored;
        private final Runnable beforeSaving;

        HookedWeeks(ScheduleRepository stored, Runnable beforeSaving) {
            this.stored = stored;
            this.beforeSaving = beforeSaving;
        }

        @Override
        public WeeklySchedule findByOffice(OfficeId office) {
            return stored.findByOffice(office);
        }

        @Override
        public void save(WeeklySchedule schedule) {
            stored.save(schedule);
        }

        @Override
        public long revision(OfficeId office) {
            return stored.revision(office);
        }

        @Override
        public void save(WeeklySchedule schedule, long expectedRevision) {
            beforeSaving.run();
            stored.save(schedule, expectedRevision);
        }

        @Override
        public void lockWeek(OfficeId office) {
            stored.lockWeek(office);
        }
    }

    // ---- the world ----

    private void openWeekdays(int places, String until) {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(cdmx);
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            new JpaScheduleRepository(db.em()).save(new WeeklySchedule(cdmx.id(), weekdays(places, "09:00",
                    until)));
            return null;
        });
    }

    /** Weekdays from {@code opens} to {@code closes} in 30-minute slots for CANJE-RT. */
    private static List<OpeningPeriod> weekdays(int places, String opens, String closes) {
        return DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day, TimeRange.of(opens, closes),
                Duration.ofMinutes(30), places, Set.of(DomainFixtures.CANJE_RT))).toList();
    }

    /** The half-hour slots of {@code day} in Mexico City from {@code first} to {@code last}, both included. */
    private List<Instant> slotsOn(LocalDate day, String first, String last) {
        List<Instant> slots = new ArrayList<>();
        for (LocalTime t = LocalTime.parse(first); !t.isAfter(LocalTime.parse(last)); t = t.plusMinutes(30)) {
            slots.add(day.atTime(t).atZone(cdmx.timeZone()).toInstant());
        }
        return slots;
    }

    private Appointment hold(Instant start) {
        return hold(start, () -> { });
    }

    /** A hold that runs {@code afterReadingTheCalendar} once it has read the office's week and closures. */
    private Appointment hold(Instant start, Runnable afterReadingTheCalendar) {
        String passport = "H" + passports.incrementAndGet();
        return db.inTransaction(() -> booking(afterReadingTheCalendar).hold(new HoldAppointmentCommand(
                cdmx.id().value(), "CANJE-RT", start, DomainFixtures.applicant(passport))));
    }

    /** The starts of the pending and confirmed appointments. */
    private List<Instant> activeAppointments() {
        return db.inTransaction(() -> db.em().createQuery("SELECT a.slotStart FROM AppointmentEntity a"
                + " WHERE a.status IN ('PENDING_VERIFICATION', 'CONFIRMED')", LocalDateTime.class)
                .getResultStream().map(Utc::instant).toList());
    }

    private void assertLedgerCountsItsSeats() {
        assertThat(db.count("SELECT COUNT(*) FROM slot_ledger l WHERE l.taken <> (SELECT COUNT(*) FROM slot_seat s"
                + " WHERE s.office_id = l.office_id AND s.slot_start = l.slot_start)")).as("slots whose count is not"
                        + " their seats").isZero();
        assertThat(db.count("SELECT COUNT(*) FROM slot_seat s WHERE NOT EXISTS (SELECT 1 FROM appointment a"
                + " WHERE a.code = s.appointment_code AND a.status IN ('PENDING_VERIFICATION', 'CONFIRMED'))"))
                .as("seats of appointments no longer active").isZero();
        assertThat(db.count("SELECT COUNT(*) FROM appointment a WHERE a.status IN ('PENDING_VERIFICATION',"
                + " 'CONFIRMED') AND NOT EXISTS (SELECT 1 FROM slot_seat s WHERE s.appointment_code = a.code)"))
                .as("active appointments without a seat").isZero();
    }

    private BookingService booking(Runnable afterReadingTheCalendar) {
        return new BookingService(slots(afterReadingTheCalendar), new JpaAppointmentRepository(db.em()),
                new AppointmentMail(new JpaOutbox(db.em()), new SecureRandom()),
                new VerificationPolicy(Duration.ofMinutes(15), 5), new SecureRandom(), clock,
                mx.gob.inm.citas.application.port.out.RateLimiter.UNLIMITED, BookingRaceTest.QUOTAS,
                new JdbcLinkSecret(db.dataSource()));
    }

    private SlotBooking slots(Runnable afterReadingTheCalendar) {
        return new SlotBooking(new CatalogueService(new JpaOfficeRepository(db.em()),
                new JpaProcedureRepository(db.em())), new JpaScheduleRepository(db.em()),
                new HookedClosures(new JpaClosureRepository(db.em()), afterReadingTheCalendar, () -> { }), ledger(),
                window);
    }

    private ManageClosuresUseCase closures() {
        return closures(() -> { });
    }

    /** Closures that run {@code beforeSaving} just before the closure is saved. */
    private ManageClosuresUseCase closures(Runnable beforeSaving) {
        return new ClosureService(new HookedClosures(new JpaClosureRepository(db.em()), () -> { }, beforeSaving),
                new JpaAppointmentRepository(db.em()), new JpaOfficeRepository(db.em()), ledger(), fence(),
                new AppointmentMail(new JpaOutbox(db.em()), new SecureRandom()), new JpaAuditLog(db.em()), clock);
    }

    private ConfigureScheduleUseCase weeks() {
        return weeks(() -> { });
    }

    /** Weeks that run {@code beforeSaving} just before the week is saved. */
    private ConfigureScheduleUseCase weeks(Runnable beforeSaving) {
        return new ScheduleConfigurationService(new HookedWeeks(new JpaScheduleRepository(db.em()), beforeSaving),
                new JpaOfficeRepository(db.em()), new JpaProcedureRepository(db.em()),
                new JpaAppointmentRepository(db.em()), fence(), new JpaAuditLog(db.em()), clock);
    }

    private CalendarFence fence() {
        return new CalendarFence(new JpaScheduleRepository(db.em()), ledger(), window, clock);
    }

    private JpaSlotLedger ledger() {
        return new JpaSlotLedger(db.em(), db.dataSource());
    }
}
