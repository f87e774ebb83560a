package mx.gob.inm.citas.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryAppointmentRepository;
import mx.gob.inm.citas.application.fakes.InMemoryJobLeases;
import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.fakes.MutableClock;
import mx.gob.inm.citas.application.port.in.AnonymisePersonalDataUseCase;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;
import org.junit.jupiter.api.Test;

class AnonymisePersonalDataServiceTest {

    /** Monday 30 November 2026, 08:00 in Mexico City. */
    private static final Instant NOW = Instant.parse("2026-11-30T14:00:00Z");
    private static final int DAYS = 365;
    /** The lease of a run every hour. */
    private static final Duration LEASE = Duration.ofHours(2);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAppointmentRepository appointments = new InMemoryAppointmentRepository();
    private final InMemoryJobLeases leases = new InMemoryJobLeases();
    private final InMemoryVisitRepository visits = new InMemoryVisitRepository();
    private final AnonymisePersonalDataUseCase personalData = FakeTransactions.around(
            AnonymisePersonalDataUseCase.class, new AnonymisePersonalDataService(appointments, leases, visits,
                    new RetentionPolicy(DAYS), clock), appointments, leases, visits);
    private final Random codes = new Random(13);
    private int passports;

    @Test
    void a_walk_ins_name_is_forgotten_once_its_day_is_over_everywhere_and_kept_on_the_day() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
        mx.gob.inm.citas.domain.floor.Visit past = mx.gob.inm.citas.domain.floor.Visit.walkIn(
                mx.gob.inm.citas.domain.DomainFixtures.cdmx().id(), today.minusDays(2),
                mx.gob.inm.citas.domain.floor.DisplayNumber.of('A', 1), mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT,
                mx.gob.inm.citas.domain.floor.Priority.NONE, java.util.Optional.of("Ana Pérez"), NOW.minus(
                        Duration.ofDays(2)));
        mx.gob.inm.citas.domain.floor.Visit todays = mx.gob.inm.citas.domain.floor.Visit.walkIn(
                mx.gob.inm.citas.domain.DomainFixtures.cdmx().id(), today,
                mx.gob.inm.citas.domain.floor.DisplayNumber.of('A', 1), mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT,
                mx.gob.inm.citas.domain.floor.Priority.NONE, java.util.Optional.of("Luis Gómez"), NOW);
        visits.add(past, past.joined());
        visits.add(todays, todays.joined());

        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).isEqualTo(1);

        assertThat(visits.find(past.office(), past.day(), past.number()).orElseThrow().personName()).isEmpty();
        assertThat(visits.find(todays.office(), todays.day(), todays.number()).orElseThrow().personName())
                .contains("Luis Gómez");
    }

    @Test
    void an_appointment_a_retention_period_and_a_second_ago_is_anonymised_and_one_a_second_short_of_it_is_not() {
        Appointment due = stored(NOW.minus(Duration.ofDays(DAYS)).minusSeconds(1), true);
        Appointment notYet = stored(NOW.minus(Duration.ofDays(DAYS)).plusSeconds(1), true);
        Appointment ahead = stored(NOW.plus(Duration.ofDays(3)), true);

        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).isEqualTo(1);

        Appointment forgotten = stored(due);
        assertThat(forgotten.isAnonymised()).isTrue();
        assertThat(forgotten.applicant()).isEqualTo(due.applicant().anonymised(due.code()));
        assertThat(forgotten.applicant().fullName()).doesNotContain("Ana", "Pérez");
        assertThat(forgotten.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(forgotten.office()).isEqualTo(due.office());
        assertThat(forgotten.procedure()).isEqualTo(due.procedure());
        assertThat(forgotten.start()).isEqualTo(due.start());
        assertThat(stored(notYet).applicant()).isEqualTo(notYet.applicant());
        assertThat(stored(ahead).isAnonymised()).isFalse();
    }

    @Test
    void running_again_changes_nothing_and_the_next_appointment_is_forgotten_when_its_day_comes() {
        stored(NOW.minus(Duration.ofDays(DAYS + 10)), true);
        Appointment nextWeek = stored(NOW.minus(Duration.ofDays(DAYS - 7)), false);
        personalData.anonymiseNextBatch("instance-a", LEASE);
        Applicant keptOnce = stored(nextWeek).applicant();

        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).isZero();
        assertThat(stored(nextWeek).applicant()).isEqualTo(keptOnce);

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).isEqualTo(1);
        assertThat(stored(nextWeek).isAnonymised()).isTrue();
        assertThat(stored(nextWeek).status()).as("an expired hold stays expired").isEqualTo(AppointmentStatus.EXPIRED);
    }

    @Test
    void many_due_appointments_are_anonymised_a_batch_at_a_time_until_none_is_left() {
        List<Appointment> due = new ArrayList<>();
        for (int i = 0; i < 2 * AnonymisePersonalDataService.BATCH + 30; i++) {
            due.add(stored(NOW.minus(Duration.ofDays(DAYS + 1)).minusSeconds(60L * i), i % 2 == 0));
        }

        List<Integer> batches = new ArrayList<>();
        int batch;
        do {
            batch = personalData.anonymiseNextBatch("instance-a", LEASE);
            batches.add(batch);
        } while (batch > 0);

        assertThat(batches).containsExactly(AnonymisePersonalDataService.BATCH, AnonymisePersonalDataService.BATCH,
                30, 0);
        assertThat(due).allSatisfy(a -> assertThat(stored(a).isAnonymised()).isTrue());
    }

    @Test
    void one_instance_holds_the_job_and_another_takes_it_over_only_once_its_lease_has_run_out() {
        Appointment first = stored(NOW.minus(Duration.ofDays(DAYS + 1)), true);
        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).isEqualTo(1);
        Appointment second = stored(NOW.minus(Duration.ofDays(DAYS + 1)), true);

        assertThat(personalData.anonymiseNextBatch("instance-b", LEASE)).isZero();
        assertThat(stored(second).isAnonymised()).isFalse();

        // instance-a stopped: its lease runs out and instance-b carries on
        clock.advance(LEASE);
        assertThat(personalData.anonymiseNextBatch("instance-b", LEASE)).isEqualTo(1);
        assertThat(stored(first).isAnonymised()).isTrue();
        assertThat(stored(second).isAnonymised()).isTrue();
        assertThat(personalData.anonymiseNextBatch("instance-a", LEASE)).as("instance-b holds it now").isZero();
    }

    /** A confirmed appointment (or an expired hold) of Mexico City starting at {@code start}, stored. */
    private Appointment stored(Instant start, boolean confirmed) {
        Instant madeAt = start.minus(Duration.ofDays(3));
        Appointment appointment = Appointment.hold(ConfirmationCode.random(codes), DomainFixtures.cdmx().id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicant("G" + (1_000_000 + passports++)), start,
                Duration.ofMinutes(30), "123456", madeAt, Duration.ofMinutes(15));
        if (confirmed) {
            appointment.verify("123456", madeAt, 5);
        } else {
            appointment.expireIfDue(appointment.holdExpiresAt());
        }
        appointments.add(appointment);
        return appointment;
    }

    private Appointment stored(Appointment appointment) {
        return appointments.findByCode(appointment.code()).orElseThrow();
    }
}
