package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.CallTally;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.QueueOrder;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receptionists, windows and staff members race on the office floor, each request in its own transaction and
 * database connection on the real database engine: the quota, the numbering, the calls and the windows hold because
 * the database decides, not because of luck.
 */
class OfficeFloorRaceTest {

    private static final int QUOTA = 50;
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final Instant NINE = Instant.parse("2026-12-01T15:00:00Z");

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final OfficeId cdmx = DomainFixtures.cdmx().id();
    private final ExecutorService threads = Executors.newFixedThreadPool(200);

    @BeforeEach
    void mexico_city_exists() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(DomainFixtures.cdmx());
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void two_hundred_receptionists_against_a_quota_of_fifty_issue_exactly_fifty_tokens_numbered_one_to_fifty()
            throws Exception {
        List<String> outcomes = race(200, i -> () -> issue(Priority.values()[i % 4], "Persona " + i));

        assertThat(outcomes.stream().filter("REFUSED"::equals)).as(summary(outcomes)).hasSize(200 - QUOTA);
        Set<String> numbers = outcomes.stream().filter(o -> !o.equals("REFUSED")).collect(Collectors.toSet());
        assertThat(numbers).as(summary(outcomes))
                .isEqualTo(IntStream.rangeClosed(1, QUOTA).mapToObj(n -> DisplayNumber.of('A', n).value())
                        .collect(Collectors.toSet()));
        assertThat(db.count("SELECT issued FROM walk_in_tally")).isEqualTo(QUOTA);
        assertThat(db.count("SELECT last_no FROM visit_number")).isEqualTo(QUOTA);
        assertThat(db.count("SELECT COUNT(DISTINCT display_no) FROM visit")).isEqualTo(QUOTA);
        assertThat(db.count("SELECT COUNT(*) FROM visit_event WHERE kind = 'ISSUED'")).isEqualTo(QUOTA);
    }

    /** Issues a token the way reception does: counted against the pool, numbered, queued, in one transaction. */
    private String issue(Priority priority, String name) {
        return db.inTransaction(() -> {
            if (!new JpaWalkInTally(db.em(), db.dataSource()).tryIssue(cdmx, 'A', TUESDAY, QUOTA)) {
                return "REFUSED";
            }
            JpaVisitRepository visits = new JpaVisitRepository(db.em(), db.dataSource());
            DisplayNumber number = DisplayNumber.of('A', visits.nextNumber(cdmx, TUESDAY, 'A'));
            Visit token = Visit.walkIn(cdmx, TUESDAY, number, DomainFixtures.CANJE_RT, priority, Optional.of(name),
                    NINE);
            visits.add(token, new VisitEvent(cdmx, TUESDAY, number, VisitEventKind.ISSUED, NINE, Optional.empty(),
                    Optional.of("recepcion"), ""));
            return number.value();
        });
    }

    @Test
    void ten_windows_calling_from_one_queue_of_thirty_call_each_visit_exactly_once() throws Exception {
        OfficeFloor floor = OfficeFloor.create(cdmx);
        floor.arrangeWindows(IntStream.rangeClosed(1, 10).mapToObj(w -> new ServiceWindow(w,
                Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT))).toList());
        db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).save(floor));
        queueThirty();

        Map<Integer, List<String>> calledBy = new ConcurrentHashMap<>();
        List<String> outcomes = race(10, i -> () -> {
            int window = i + 1;
            // each window presses "call next" until no one waits for it
            for (int press = 0; press < 200; press++) {
                Optional<String> called = db.inTransaction(() -> callNext(floor.window(window).orElseThrow(),
                        floor.ratio()));
                if (called.isEmpty()) {
                    return "DONE";
                }
                if (!called.get().equals("LOST")) {
                    calledBy.computeIfAbsent(window, w -> new ArrayList<>()).add(called.get());
                }
            }
            return "STILL CALLING";
        });

        assertThat(outcomes).as(summary(outcomes)).containsOnly("DONE");
        List<String> calls = calledBy.values().stream().flatMap(List::stream).toList();
        assertThat(calls).as("each visit called by one window").hasSize(30).doesNotHaveDuplicates();
        assertThat(db.count("SELECT COUNT(*) FROM visit_event WHERE kind = 'CALLED'")).isEqualTo(30);
        assertThat(db.count("SELECT COUNT(DISTINCT display_no) FROM visit_event WHERE kind = 'CALLED'"))
                .isEqualTo(30);
        assertThat(db.count("SELECT COUNT(*) FROM visit WHERE status = 'CALLED' AND calls = 1")).isEqualTo(30);
        calledBy.forEach((window, numbers) -> numbers.forEach(number -> assertThat(db.count(
                "SELECT window_no FROM visit WHERE display_no = '" + number + "'")).as(number)
                .isEqualTo(window.longValue())));
    }

    /** 20 walk-ins, 4 of them with priority, and 10 checked-in appointments, queued a minute apart. */
    private void queueThirty() {
        db.inTransaction(() -> {
            JpaVisitRepository visits = new JpaVisitRepository(db.em(), db.dataSource());
            for (int n = 1; n <= 20; n++) {
                Instant at = NINE.plusSeconds(60L * n);
                Visit token = Visit.walkIn(cdmx, TUESDAY, DisplayNumber.of('A', n), DomainFixtures.CANJE_RT,
                        n % 5 == 0 ? Priority.OLDER_ADULT : Priority.NONE, Optional.empty(), at);
                visits.add(token, new VisitEvent(cdmx, TUESDAY, token.number(), VisitEventKind.ISSUED, at,
                        Optional.empty(), Optional.empty(), ""));
            }
            for (int n = 1; n <= 10; n++) {
                Instant at = NINE.plusSeconds(60L * n + 30);
                Visit booked = Visit.checkedIn(cdmx, TUESDAY, DisplayNumber.of('C', n),
                        ConfirmationCode.random(new Random(n)), DomainFixtures.RENOV_RT,
                        NINE.plusSeconds(1800L * n), Priority.NONE, at);
                visits.add(booked, new VisitEvent(cdmx, TUESDAY, booked.number(), VisitEventKind.CHECKED_IN, at,
                        Optional.empty(), Optional.empty(), ""));
            }
            return null;
        });
    }

    /**
     * One press of "call next", as a window does it: the open visits, the day's turn, the queue's order for this
     * window, and a call of each in that order until one is this window's. Empty: no one waits for it; LOST: every
     * one it tried was just called by another window.
     */
    private Optional<String> callNext(ServiceWindow window, QueueRatio ratio) {
        JpaVisitRepository visits = new JpaVisitRepository(db.em(), db.dataSource());
        List<Visit> open = visits.open(cdmx, TUESDAY);
        CallTally tally = CallTally.ofLatestFirst(visits.latestCalledKinds(cdmx, TUESDAY, 40));
        List<Visit> order = QueueOrder.forWindow(open, window, tally, ratio);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        for (Visit next : order) {
            VisitEvent event = next.call(window.number(), NINE.plusSeconds(3600)).by("ventanilla" + window.number());
            if (visits.tryCall(next, event)) {
                return Optional.of(next.number().value());
            }
        }
        return Optional.of("LOST");
    }

    @Test
    void twenty_staff_members_opening_one_window_at_once_give_it_to_exactly_one() throws Exception {
        OfficeFloor floor = OfficeFloor.create(cdmx);
        floor.arrangeWindows(List.of(new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT))));
        db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).save(floor));

        List<String> outcomes = race(20, i -> () -> db.inTransaction(() -> new JpaWindowSessions(db.em())
                .tryOpen(cdmx, 1, "persona" + i, NINE)) ? "persona" + i : "REFUSED");

        List<String> winners = outcomes.stream().filter(o -> !o.equals("REFUSED")).toList();
        assertThat(winners).as(summary(outcomes)).hasSize(1);
        assertThat(db.inTransaction(() -> new JpaWindowSessions(db.em()).openWindows(cdmx)))
                .isEqualTo(Map.of(1, winners.get(0)));
    }

    @Test
    void of_ten_first_saves_of_a_floor_at_once_one_is_stored_and_the_others_are_conflicts() throws Exception {
        List<String> outcomes = race(10, i -> () -> {
            OfficeFloor floor = OfficeFloor.create(cdmx);
            floor.offerWalkIns(List.of(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), i + 1)));
            floor.arrangeWindows(List.of(new ServiceWindow(i + 1, Set.of(DomainFixtures.CANJE_RT))));
            db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).save(floor));
            return "SAVED " + (i + 1);
        });

        assertThat(outcomes.stream().filter(o -> o.startsWith("SAVED"))).as(summary(outcomes)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals(EditConflictException.class.getSimpleName())))
                .as(summary(outcomes)).hasSize(9);
        int winner = Integer.parseInt(outcomes.stream().filter(o -> o.startsWith("SAVED")).findFirst()
                .orElseThrow().substring(6));
        OfficeFloor stored = db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).find(cdmx)).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.pools()).containsExactly(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), winner));
        assertThat(stored.windows()).extracting(ServiceWindow::number).containsExactly(winner);
    }

    @Test
    void of_ten_saves_of_one_read_of_the_floor_at_once_one_is_stored_and_the_others_are_conflicts() throws Exception {
        OfficeFloor first = OfficeFloor.create(cdmx);
        first.offerWalkIns(List.of(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), 10)));
        db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).save(first));

        List<String> outcomes = race(10, i -> () -> {
            OfficeFloor read = db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).find(cdmx))
                    .orElseThrow();
            read.offerWalkIns(List.of(new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), 100 + i),
                    new WalkInPool('B', Set.of(DomainFixtures.RENOV_RT), i)));
            db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).save(read));
            return "SAVED";
        });

        assertThat(outcomes).as(summary(outcomes)).contains("SAVED")
                .containsOnly("SAVED", EditConflictException.class.getSimpleName());
        OfficeFloor stored = db.inTransaction(() -> new JpaOfficeFloorRepository(db.em()).find(cdmx)).orElseThrow();
        assertThat(stored.version()).as("one save per version").isEqualTo(1 + outcomes.stream()
                .filter("SAVED"::equals).count());
        assertThat(db.count("SELECT COUNT(*) FROM walk_in_pool")).as("one save's pools, not a mix").isEqualTo(2);
        assertThat(stored.pools().get(0).dailyTokens() - 100).isEqualTo(stored.pools().get(1).dailyTokens());
    }

    // ---- helpers ----

    /** Starts {@code n} requests at the same moment; how each ended, by request (a failure by its class). */
    private List<String> race(int n, IntFunction<Callable<String>> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<String> work = request.apply(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + (e instanceof EditConflictException ? ""
                            : ": " + e.getMessage());
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static String summary(List<String> outcomes) {
        return outcomes.stream().filter(o -> o.contains(":") || o.contains("Exception")).distinct().limit(5)
                .collect(Collectors.joining("; ", "failures: ", "")) + " of " + new HashSet<>(outcomes).size()
                + " kinds";
    }
}
