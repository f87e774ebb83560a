package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOutbox;
import mx.gob.inm.citas.application.fakes.InMemoryWalkInTally;
import mx.gob.inm.citas.application.fakes.InMemoryWindowSessions;
import mx.gob.inm.citas.application.port.in.ActForApplicantUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureFloorUseCase;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ServeAtWindowUseCase;
import mx.gob.inm.citas.application.port.in.WalkInTicket;
import mx.gob.inm.citas.application.port.in.WindowDesk;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The console's world ({@link ConsoleWorld}: Monday 30 November 2026, 08:00 in Mexico City) with the office floor's
 * services wired to fakes, each call one transaction. Mexico City's floor, once {@link #setUpCdmx} ran: pool A of
 * {@link #A_TOKENS} tokens for CANJE-RT, pool B of {@link #B_TOKENS} for RENOV-RT; window 1 serves both, window 2
 * CANJE-RT, window 3 RENOV-RT; 2 : 1. The procedure REGULARIZ-VENCIDO is in the catalogue without a pool or window.
 */
class FloorWorld extends ConsoleWorld {

    static final int A_TOKENS = 5;
    static final int B_TOKENS = 2;
    static final String CANJE = "CANJE-RT";
    static final String RENOV = "RENOV-RT";
    static final String REGULARIZ = "REGULARIZ-VENCIDO";

    final InMemoryWalkInTally tally = new InMemoryWalkInTally();
    final InMemoryWindowSessions sessions = new InMemoryWindowSessions();
    final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    final InMemoryOutbox outbox = new InMemoryOutbox();

    final ConfigureFloorUseCase configuration = FakeTransactions.around(ConfigureFloorUseCase.class,
            new ConfigureFloorService(floors, offices, procedures, audit, clock), floors, audit);
    final IssueWalkInTokenUseCase reception = FakeTransactions.around(IssueWalkInTokenUseCase.class,
            new IssueWalkInTokenService(offices, procedures, floors, visits, tally, schedules, closures, ledger,
                    new Random(7), audit, clock), visits, tally, audit, ledger);
    final ServeAtWindowUseCase windows = FakeTransactions.around(ServeAtWindowUseCase.class,
            new ServeAtWindowService(offices, procedures, floors, visits, sessions, appointments, audit, clock),
            visits, appointments, audit);
    final FollowQueueUseCase follow = FakeTransactions.around(FollowQueueUseCase.class,
            new FollowQueueService(offices, procedures, floors, visits, clock), visits);
    private final BookingWindow bookingWindow = new BookingWindow(Duration.ofHours(2), 90);
    final ActForApplicantUseCase desk = FakeTransactions.around(ActForApplicantUseCase.class,
            new ActForApplicantService(new SlotBooking(new CatalogueService(offices, procedures), schedules,
                    closures, ledger, bookingWindow), appointments, offices, procedures, schedules, closures,
                    ledger, new AppointmentMail(outbox, new Random(3)), n -> new byte[0],
                    new ChangePolicy(Duration.ofHours(24)), floors, visits, audit, new Random(5), clock),
            ledger, appointments, outbox, audit, visits);

    /** A second member of Mexico City's staff, for a second window. */
    final StaffMember cdmxColleague;

    FloorWorld() {
        procedures.save(DomainFixtures.inPersonOnly());
        cdmxColleague = StaffMember.create(mx.gob.inm.citas.domain.staff.Username.of("luis.mora"), "Luis Mora",
                StaffRole.STAFF, Set.of(cdmx.id()), hashing.hash(PASSWORD.toCharArray()));
        staff.add(cdmxColleague);
    }

    String cdmxId() {
        return cdmx.id().value();
    }

    /** Mexico City's floor as the class comment says, set up by its staff. */
    FloorWorld setUpCdmx() {
        OfficeFloor floor = configuration.offerWalkIns(cdmxStaff, cdmxId(), List.of(
                new WalkInPool('A', Set.of(DomainFixtures.CANJE_RT), A_TOKENS),
                new WalkInPool('B', Set.of(DomainFixtures.RENOV_RT), B_TOKENS)), 0);
        configuration.arrangeWindows(cdmxStaff, cdmxId(), List.of(
                new ServiceWindow(1, Set.of(DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT)),
                new ServiceWindow(2, Set.of(DomainFixtures.CANJE_RT)),
                new ServiceWindow(3, Set.of(DomainFixtures.RENOV_RT))), floor.version());
        return this;
    }

    /** A token of {@code procedure} at Mexico City, issued by its staff. */
    WalkInTicket token(String procedure) {
        return token(procedure, Priority.NONE);
    }

    WalkInTicket token(String procedure, Priority priority) {
        return reception.issue(cdmxStaff, new IssueWalkInTokenCommand(cdmxId(), procedure, priority,
                Optional.empty()));
    }

    /** The number of a token of {@code procedure} just issued. */
    String tokenNumber(String procedure) {
        return token(procedure).visit().number().value();
    }

    /**
     * A confirmed appointment for CANJE-RT at Mexico City at 09:00 plus {@code halfHours} half-hours of today,
     * checked in now with {@code priority}; the number its visit got.
     */
    String checkedIn(int seed, int halfHours, Priority priority) {
        Appointment appointment = confirmedToday(seed, halfHours);
        return agenda.checkIn(cdmxStaff, cdmxId(), appointment.code().value(), passport(seed), priority).visit()
                .number().value();
    }

    Appointment confirmedToday(int seed, int halfHours) {
        return confirmed(seed, cdmx, passport(seed), nineToday().plus(Duration.ofMinutes(30L * halfHours)));
    }

    static String passport(int seed) {
        return "G" + (1000000 + seed);
    }

    /** 09:00 in Mexico City on {@link ConsoleWorld#NOW}'s day. */
    static Instant nineToday() {
        return NOW.plus(Duration.ofHours(1));
    }

    WindowDesk open(StaffMember member, int window) {
        return windows.open(member, cdmxId(), window);
    }

    /** The number the window calls next (empty when nobody it may serve waits). */
    Optional<String> callNext(StaffMember member, int window) {
        return windows.callNext(member, cdmxId(), window).current().map(v -> v.number().value());
    }

    /** Calls, starts and finishes the next visit at {@code window}; its number. */
    String serveNext(StaffMember member, int window) {
        String number = callNext(member, window).orElseThrow();
        windows.start(member, cdmxId(), window, number);
        windows.finish(member, cdmxId(), window, number);
        return number;
    }

    Office office(String id) {
        return offices.findById(new mx.gob.inm.citas.domain.office.OfficeId(id)).orElseThrow();
    }

    static void assertRefused(ThrowingCallable call, Class<? extends DomainException> type, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
    }

    static void assertFloorRefused(ThrowingCallable call, String code) {
        assertRefused(call, FloorRefusedException.class, code);
    }
}
