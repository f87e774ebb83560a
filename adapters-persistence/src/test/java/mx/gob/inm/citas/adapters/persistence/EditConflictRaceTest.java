package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.OfficeDetails;
import mx.gob.inm.citas.application.service.CalendarFence;
import mx.gob.inm.citas.application.service.OfficeConfigurationService;
import mx.gob.inm.citas.application.service.ScheduleConfigurationService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several people save the same office, or the same week, at the same moment, each from what they all read before,
 * through the real services, each in its own transaction and database connection on the real database engine:
 * exactly one change is kept and every other one is refused as an edit conflict, never silently written over it.
 * Whoever reads the week meanwhile (the public calendar) reads one whole week, never half of one.
 */
class EditConflictRaceTest {

    private static final int EDITORS = 8;
    private static final String SAVED = "SAVED";

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Office cdmx = DomainFixtures.cdmx();
    private final String officeId = cdmx.id().value();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T15:00:00Z"), ZoneOffset.UTC);
    private final StaffMember admin = StaffMember.create(Username.of("admin"), "Admin", StaffRole.ADMIN, Set.of(),
            "hash");
    private final ExecutorService threads = Executors.newFixedThreadPool(EDITORS);

    @BeforeEach
    void mexico_city_opens_on_weekdays() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(cdmx);
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            new JpaScheduleRepository(db.em()).save(DomainFixtures.weekdays(cdmx, 3, DomainFixtures.CANJE_RT));
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_weeks_saved_at_once_from_the_same_revision_exactly_one_is_kept_and_the_rest_are_edit_conflicts()
            throws Exception {
        long read = db.inTransaction(() -> weeks().schedule(admin, officeId).revision());

        List<String> outcomes = race(i -> () -> weeks().change(admin, officeId, week(i + 1), read));

        assertThat(outcomes).as(outcomes.toString()).filteredOn(SAVED::equals).hasSize(1);
        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> !SAVED.equals(o)).hasSize(EDITORS - 1)
                .containsOnly(EditConflictException.class.getSimpleName());
        int winner = outcomes.indexOf(SAVED);
        ConfigureScheduleUseCase.ScheduleSheet stored = db.inTransaction(() -> weeks().schedule(admin, officeId));
        assertThat(stored.schedule().periods()).containsExactlyElementsOf(week(winner + 1));
        assertThat(stored.revision()).isGreaterThan(read);
        assertThat(db.count("SELECT COUNT(*) FROM opening_period")).isEqualTo(5);
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SCHEDULE_CHANGED'")).isEqualTo(1);
    }

    @Test
    void of_office_edits_saved_at_once_from_the_same_version_exactly_one_is_kept_and_the_rest_are_edit_conflicts()
            throws Exception {
        long read = db.inTransaction(() -> offices().office(admin, officeId).version());

        List<String> outcomes = race(i -> () -> offices().edit(admin, officeId, renamed("Oficina CDMX " + i), read));

        assertThat(outcomes).as(outcomes.toString()).filteredOn(SAVED::equals).hasSize(1);
        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> !SAVED.equals(o)).hasSize(EDITORS - 1)
                .containsOnly(EditConflictException.class.getSimpleName());
        Office stored = db.inTransaction(() -> offices().office(admin, officeId));
        assertThat(stored.name()).isEqualTo("Oficina CDMX " + outcomes.indexOf(SAVED));
        assertThat(stored.version()).isEqualTo(read + 1);
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OFFICE_CHANGED'")).isEqualTo(1);
    }

    @Test
    void of_staff_changing_the_same_appointment_at_once_from_what_they_all_read_one_is_kept_the_rest_are_edit_conflicts()
            throws Exception {
        String code = ConfirmationCode.random(new Random(7)).value();
        Appointment confirmed = DomainFixtures.hold(code, "G1234567", clock.instant());
        confirmed.verify("123456", clock.instant(), 5);
        db.inTransaction(() -> {
            new JpaAppointmentRepository(db.em()).add(confirmed);
            return null;
        });
        CyclicBarrier allHaveRead = new CyclicBarrier(EDITORS);

        List<String> outcomes = race(i -> () -> {
            JpaAppointmentRepository appointments = new JpaAppointmentRepository(db.em());
            Appointment read = appointments.findByCode(new ConfirmationCode(code)).orElseThrow();
            allHaveRead.await(30, TimeUnit.SECONDS);
            read.cancelForApplicant(clock.instant(), "Motivo " + i);
            appointments.update(read);
            return null;
        });

        assertThat(outcomes).as(outcomes.toString()).filteredOn(SAVED::equals).hasSize(1);
        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> !SAVED.equals(o)).hasSize(EDITORS - 1)
                .containsOnly(EditConflictException.class.getSimpleName());
        Appointment stored = db.inTransaction(
                () -> new JpaAppointmentRepository(db.em()).findByCode(new ConfirmationCode(code)).orElseThrow());
        assertThat(stored.staffReason()).contains("Motivo " + outcomes.indexOf(SAVED));
    }

    @Test
    void a_week_read_while_others_are_saved_is_one_of_them_whole_never_a_mix() throws Exception {
        List<WeeklySchedule> saved = List.of(new WeeklySchedule(cdmx.id(), week(1)),
                new WeeklySchedule(cdmx.id(), week(2)), DomainFixtures.weekdays(cdmx, 3, DomainFixtures.CANJE_RT));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<WeeklySchedule>>> readers = new ArrayList<>();
        for (int reader = 0; reader < EDITORS / 2; reader++) {
            readers.add(threads.submit(() -> {
                start.await();
                List<WeeklySchedule> seen = new ArrayList<>();
                for (int read = 0; read < 50; read++) {
                    seen.add(db.inTransaction(() -> new JpaScheduleRepository(db.em()).findByOffice(cdmx.id())));
                }
                return seen;
            }));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < EDITORS / 2; writer++) {
            writers.add(threads.submit(() -> {
                start.await();
                for (int save = 0; save < 25; save++) {
                    WeeklySchedule week = saved.get(save % 2);
                    db.inTransaction(() -> {
                        new JpaScheduleRepository(db.em()).save(week);
                        return null;
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        for (Future<List<WeeklySchedule>> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).hasSize(50).allSatisfy(seen -> assertThat(saved)
                    .contains(seen));
        }
    }

    // ---- helpers ----

    /** Starts one task per editor at the same moment; what each one's transaction ended with, by editor. */
    private List<String> race(IntFunction<Callable<?>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            Callable<?> work = task.apply(i);
            results.add(threads.submit(() -> {
                start.await();
                try {
                    db.inTransaction(() -> {
                        try {
                            return work.call();
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return SAVED;
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private ConfigureScheduleUseCase weeks() {
        return new ScheduleConfigurationService(new JpaScheduleRepository(db.em()), new JpaOfficeRepository(db.em()),
                new JpaProcedureRepository(db.em()), new JpaAppointmentRepository(db.em()),
                new CalendarFence(new JpaScheduleRepository(db.em()), new JpaSlotLedger(db.em(), db.dataSource()),
                        new BookingWindow(Duration.ofHours(2), 90), clock),
                new JpaAuditLog(db.em()), clock);
    }

    private ConfigureOfficesUseCase offices() {
        return new OfficeConfigurationService(new JpaOfficeRepository(db.em()), new JpaAppointmentRepository(db.em()),
                new JpaAuditLog(db.em()), clock);
    }

    /** Weekdays 09:00–14:30, each editor's week with its own number of places. */
    private static List<OpeningPeriod> week(int places) {
        return DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day, TimeRange.of("09:00", "14:30"),
                Duration.ofMinutes(30), places, Set.of(DomainFixtures.CANJE_RT))).toList();
    }

    private OfficeDetails renamed(String name) {
        return new OfficeDetails(officeId, name, cdmx.state().code(), cdmx.city(), cdmx.address(),
                cdmx.timeZone().getId());
    }
}
