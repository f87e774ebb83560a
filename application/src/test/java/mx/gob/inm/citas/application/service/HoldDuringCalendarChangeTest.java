package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingServiceTest.assertRefused;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryAuditLog;
import mx.gob.inm.citas.application.port.in.BookAppointmentUseCase;
import mx.gob.inm.citas.application.port.in.ClosureRequest;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.VerificationPolicy;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A hold reads the office's calendar and, before it takes its place, a closure or a new week is saved: here the
 * change runs, committed, between the hold's reads and its taking, on the booking world's fakes (Mexico City,
 * CANJE-RT and RENOV-RT, 2 places a slot). The hold must be refused, never land in a day or a slot that is no longer
 * open. The interleavings of the real database are raced in the persistence adapter's {@code CalendarChangeRaceTest}.
 * The holds here run without the fake transaction, which would put the change back with the refused hold.
 */
class HoldDuringCalendarChangeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private final BookingWorld world = new BookingWorld();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final StaffMember admin = StaffMember.create(Username.of("admin"), "Admin", StaffRole.ADMIN, Set.of(),
            "hash");
    private final ManageClosuresUseCase closing = FakeTransactions.around(ManageClosuresUseCase.class,
            new ClosureService(world.closures, world.appointments, world.offices, world.ledger, world.fence,
                    world.mail, audit, world.clock),
            world.closures, world.appointments, world.ledger, world.outbox, audit);
    private final ConfigureScheduleUseCase weeks = FakeTransactions.around(ConfigureScheduleUseCase.class,
            new ScheduleConfigurationService(world.schedules, world.offices, world.procedures, world.appointments,
                    world.fence, audit, world.clock),
            world.schedules, world.ledger, audit);
    private final List<Object> changes = new ArrayList<>();
    /** One source for every booking service here, so that their confirmation codes differ from the world's. */
    private final Random codes = new Random(23);

    @Test
    void a_hold_that_read_the_calendar_before_its_day_was_closed_is_refused_when_it_takes_its_place() {
        BookAppointmentUseCase booking = bookingThat(afterReadingTheClosures(() -> close(MONDAY)));

        assertCalendarChanged(() -> booking.hold(world.hold("G1234567", MONDAY_NINE)));

        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(changes).singleElement().isInstanceOfSatisfying(ManageClosuresUseCase.ClosureOutcome.class,
                closed -> assertThat(closed.cancelled()).isEmpty());
    }

    @Test
    void a_hold_that_read_the_week_before_it_lost_the_slot_is_refused_when_it_takes_its_place() {
        BookAppointmentUseCase booking = bookingThat(afterReadingTheWeek(() -> changeWeek(2, "09:30")));

        assertCalendarChanged(() -> booking.hold(world.hold("G1234567", MONDAY_NINE)));

        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.schedules.findByOffice(world.cdmx.id()).periods()).isEqualTo(weekdays(2, "09:30", "14:30",
                DomainFixtures.CANJE_RT, DomainFixtures.RENOV_RT));
    }

    @Test
    void a_hold_that_read_the_week_before_its_slot_lost_places_is_refused_when_it_takes_the_last_old_one() {
        world.booking.hold(world.hold("G1111111", MONDAY_NINE));
        BookAppointmentUseCase booking = bookingThat(afterReadingTheWeek(() -> changeWeek(1, "09:00")));

        assertCalendarChanged(() -> booking.hold(world.hold("G1234567", MONDAY_NINE)));

        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    @Test
    void a_hold_that_read_the_week_before_its_slot_stopped_serving_the_procedure_is_refused() {
        BookAppointmentUseCase booking = bookingThat(afterReadingTheWeek(() -> weeks.change(admin, cdmx(),
                weekdays(2, "09:00", "14:30", DomainFixtures.RENOV_RT), revision())));

        assertCalendarChanged(() -> booking.hold(world.hold("G1234567", MONDAY_NINE)));

        assertThat(world.takenAt(MONDAY_NINE)).isZero();
    }

    @Test
    void a_hold_whose_slot_the_change_leaves_as_it_was_takes_its_place() {
        BookAppointmentUseCase closingTuesday = bookingThat(afterReadingTheClosures(() -> close(TUESDAY)));
        BookAppointmentUseCase earlierAndMore = bookingThat(afterReadingTheWeek(() -> changeWeek(3, "08:00")));

        closingTuesday.hold(world.hold("G1234567", MONDAY_NINE));
        earlierAndMore.hold(world.hold("G7654321", MONDAY_HALF_PAST_NINE));

        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(1);
    }

    /**
     * Why a hold reads the week before the closures: a week that adds 08:30 to a day being closed commits after the
     * closure (the week's lock makes them take turns), and the closure fenced the slots of the week it knew. Both
     * are committed here after the hold read the closures; had it read the week only then, it would find 08:30, no
     * closure and an unfenced slot.
     */
    @Test
    void a_hold_in_a_slot_a_new_week_adds_to_a_day_closed_meanwhile_is_refused() {
        Instant halfPastEight = MONDAY_NINE.minus(Duration.ofMinutes(30));
        BookAppointmentUseCase booking = bookingThat(afterReadingTheClosures(() -> {
            close(MONDAY);
            changeWeek(2, "08:30");
        }));

        assertRefused(() -> booking.hold(world.hold("G1234567", halfPastEight)), Reason.NOT_A_SLOT);

        assertThat(world.takenAt(halfPastEight)).isZero();
        assertThat(changes).hasSize(2);
    }

    @Test
    void a_slot_given_back_by_the_next_week_is_booked_again() {
        changeWeek(2, "09:30");
        changeWeek(2, "09:00");

        world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    /** No use case removes a closure yet; when the store forgets one, its days are booked again. */
    @Test
    void a_day_whose_closure_is_gone_is_booked_again() {
        Object noClosures = world.closures.snapshot();
        close(MONDAY);
        world.closures.restore(noClosures);

        world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    // ---- helpers ----

    private void close(LocalDate day) {
        changes.add(closing.close(admin, new ClosureRequest(cdmx(), day, day, "Sismo")));
    }

    /** Weekdays from {@code opens} to 14:30 with {@code places} a slot for both procedures, saved from the console. */
    private void changeWeek(int places, String opens) {
        changes.add(weeks.change(admin, cdmx(), weekdays(places, opens, "14:30", DomainFixtures.CANJE_RT,
                DomainFixtures.RENOV_RT), revision()));
    }

    private long revision() {
        return world.schedules.revision(world.cdmx.id());
    }

    private static List<OpeningPeriod> weekdays(int places, String opens, String closes,
            ProcedureCode... procedures) {
        return DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day, TimeRange.of(opens, closes),
                Duration.ofMinutes(30), places, Set.of(procedures))).toList();
    }

    private String cdmx() {
        return world.cdmx.id().value();
    }

    private static void assertCalendarChanged(ThrowingCallable hold) {
        assertThatThrownBy(hold).isInstanceOfSatisfying(AppointmentRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_A_SLOT);
            assertThat(e.getMessage()).contains("changed its calendar");
        });
    }

    /** The booking service, reading the calendar through {@code schedules} and {@code closures}. */
    private BookAppointmentUseCase bookingThat(Hooked hooked) {
        return new BookingService(new SlotBooking(world.catalogue, hooked.schedules(), hooked.closures(),
                world.ledger, world.window), world.appointments, world.mail,
                new VerificationPolicy(Duration.ofMinutes(15), 5), codes, world.clock,
                mx.gob.inm.citas.application.port.out.RateLimiter.UNLIMITED,
                mx.gob.inm.citas.application.fakes.CountingRateLimiter.defaultQuotas(),
                new mx.gob.inm.citas.application.fakes.FixedLinkSecret());
    }

    private record Hooked(ScheduleRepository schedules, ClosureRepository closures) {
    }

    /** Runs {@code change} once, right after the hold has read the office's week. */
    private Hooked afterReadingTheWeek(Runnable change) {
        Runnable once = once(change);
        ScheduleRepository schedules = new ScheduleRepository() {
            @Override
            public WeeklySchedule findByOffice(OfficeId office) {
                WeeklySchedule read = world.schedules.findByOffice(office);
                once.run();
                return read;
            }

            @Override
            public void save(WeeklySchedule schedule) {
                world.schedules.save(schedule);
            }

            @Override
            public long revision(OfficeId office) {
                return world.schedules.revision(office);
            }

            @Override
            public void save(WeeklySchedule schedule, long expectedRevision) {
                world.schedules.save(schedule, expectedRevision);
            }

            @Override
            public void lockWeek(OfficeId office) {
                world.schedules.lockWeek(office);
            }
        };
        return new Hooked(schedules, world.closures);
    }

    /** Runs {@code change} once, right after the hold has read the office's closures. */
    private Hooked afterReadingTheClosures(Runnable change) {
        Runnable once = once(change);
        ClosureRepository closures = new ClosureRepository() {
            @Override
            public List<Closure> findApplyingTo(OfficeId office, LocalDate from, LocalDate to) {
                return world.closures.findApplyingTo(office, from, to);
            }

            @Override
            public List<Closure> findApplyingToAsStored(OfficeId office, LocalDate from, LocalDate to) {
                List<Closure> read = world.closures.findApplyingToAsStored(office, from, to);
                once.run();
                return read;
            }

            @Override
            public void save(Closure closure) {
                world.closures.save(closure);
            }

            @Override
            public boolean remove(Closure closure) {
                return world.closures.remove(closure);
            }
        };
        return new Hooked(world.schedules, closures);
    }

    private static Runnable once(Runnable change) {
        boolean[] ran = {false};
        return () -> {
            if (!ran[0]) {
                ran[0] = true;
                change.run();
            }
        };
    }
}
