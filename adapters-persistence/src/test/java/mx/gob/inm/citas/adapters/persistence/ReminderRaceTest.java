package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.service.AppointmentMail;
import mx.gob.inm.citas.application.service.OutboxWork;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.ReminderSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queueing reminders as several instances do it at once: the real {@link OutboxWork} on the real database engine,
 * each "instance" in its own thread, transaction and connection. Each appointment gets each reminder of the
 * schedule once, whoever claims it.
 */
class ReminderRaceTest {

    private static final int INSTANCES = 6;
    /**
     * Every instance believes it holds the reminders' lease (as two may, for a moment, when one's lease ran out while
     * it worked): the database's conditional update alone keeps each reminder single.
     */
    private static final JobLeases EVERY_INSTANCE_LEASED = (job, holder, now, leaseFor) -> true;
    private static final int APPOINTMENTS = 30;
    private static final Instant BOOKED = Instant.parse("2026-11-20T15:00:00Z");
    /** Monday 30 November 2026, 09:00 in Mexico City, and the slots after it. */
    private static final Instant FIRST = Instant.parse("2026-11-30T15:00:00Z");

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);

    @BeforeEach
    void thirty_confirmed_appointments_one_a_minute_on_monday_morning() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(DomainFixtures.cdmx());
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            return null;
        });
        Random random = new Random(5);
        db.inTransaction(() -> {
            JpaAppointmentRepository appointments = new JpaAppointmentRepository(db.em());
            for (int i = 0; i < APPOINTMENTS; i++) {
                Appointment appointment = Appointment.hold(ConfirmationCode.random(random), DomainFixtures.cdmx().id(),
                        DomainFixtures.CANJE_RT, DomainFixtures.applicant(String.format("G%07d", i)),
                        FIRST.plus(Duration.ofMinutes(i)), Duration.ofMinutes(30), "123456", BOOKED,
                        Duration.ofMinutes(15));
                appointment.verify("123456", BOOKED, 5);
                appointments.add(appointment);
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void of_instances_racing_each_reminder_of_each_appointment_is_queued_once() throws Exception {
        List<Integer> threeDays = race(FIRST.minus(Duration.ofHours(71)));
        assertThat(threeDays.stream().mapToInt(Integer::intValue).sum()).as(threeDays.toString())
                .isEqualTo(APPOINTMENTS);
        assertThat(race(FIRST.minus(Duration.ofHours(70)))).as("nothing left to queue").containsOnly(0);

        List<Integer> dayBefore = race(FIRST.minus(Duration.ofHours(23)));
        assertThat(dayBefore.stream().mapToInt(Integer::intValue).sum()).as(dayBefore.toString())
                .isEqualTo(APPOINTMENTS);
        assertThat(race(FIRST.minus(Duration.ofHours(2)))).containsOnly(0);

        assertThat(db.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER'"))
                .isEqualTo(2L * APPOINTMENTS);
        assertThat(db.count("SELECT COUNT(*) FROM (SELECT appointment_code FROM outbox_message"
                + " WHERE kind = 'REMINDER' GROUP BY appointment_code HAVING COUNT(*) = 2)")).isEqualTo(APPOINTMENTS);
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE reminder_lead_minutes = 1440"
                + " AND reminder_for = slot_start")).isEqualTo(APPOINTMENTS);
    }

    private OutboxWork work(Clock clock) {
        JpaOutbox outbox = new JpaOutbox(db.em());
        return new OutboxWork(outbox, new JpaAppointmentRepository(db.em()), new JpaOfficeRepository(db.em()),
                new JpaProcedureRepository(db.em()), new AppointmentMail(outbox, new Random()),
                new ChangePolicy(Duration.ofHours(24)), ReminderSchedule.DEFAULT, clock,
                new JdbcLinkSecret(db.dataSource()), EVERY_INSTANCE_LEASED);
    }

    /** Every instance queues the reminders due at {@code now} at the same moment; how many each queued. */
    private List<Integer> race(Instant now) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            results.add(threads.submit(() -> {
                start.await();
                return db.inTransaction(() -> work(clock).queueReminders("instance", Duration.ofMinutes(15)));
            }));
        }
        start.countDown();
        List<Integer> queued = new ArrayList<>();
        for (Future<Integer> result : results) {
            queued.add(result.get(60, TimeUnit.SECONDS));
        }
        return queued;
    }
}
