package mx.gob.inm.citas.application.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import mx.gob.inm.citas.application.fakes.InMemoryCapacitySnapshots;
import mx.gob.inm.citas.application.fakes.InMemoryCapacityStatistics;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryFloorStatistics;
import mx.gob.inm.citas.application.fakes.InMemoryJobLeases;
import mx.gob.inm.citas.application.fakes.InMemoryWalkInTally;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.RecordCapacitySnapshotsUseCase;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.capacity.CapacityAlertPolicy;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * {@link ConsoleWorld}'s offices and accounts with the capacity services on fakes, and a few ways to book, serve and
 * cancel appointments at a given office-local time, each taking (and giving back) its place in the ledger.
 */
class CapacityWorld extends ConsoleWorld {

    static final BookingWindow WINDOW = new BookingWindow(Duration.ofHours(2), 90);

    final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    final InMemoryCapacityStatistics statistics = new InMemoryCapacityStatistics(appointments);
    final InMemoryCapacitySnapshots snapshots = new InMemoryCapacitySnapshots();
    final InMemoryJobLeases leases = new InMemoryJobLeases();
    final InMemoryWalkInTally tally = new InMemoryWalkInTally();
    final InMemoryFloorStatistics floorStatistics = new InMemoryFloorStatistics(visits, tally, floors);
    final CapacityDashboardUseCase dashboards = new CapacityDashboardService(offices, procedures, schedules,
            closures, ledger, statistics, snapshots, floorStatistics, WINDOW, CapacityAlertPolicy.STANDARD, audit,
            clock);
    final RecordCapacitySnapshotsUseCase nightly = new RecordCapacitySnapshotsService(offices, procedures,
            schedules, closures, ledger, statistics, snapshots, leases, WINDOW, audit, clock);
    private int seed = 1000;

    /** The nightly job as Housekeeping runs it: the office-days due, each recorded; how many were. */
    int runNightly(String instance) {
        int recorded = 0;
        for (RecordCapacitySnapshotsUseCase.OfficeDay day : nightly.due(instance)) {
            recorded += nightly.record(instance, day) ? 1 : 0;
        }
        return recorded;
    }

    /** The instant of an office-local day and time. */
    static Instant at(Office office, LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(office.timeZone()).toInstant();
    }

    /** An appointment held at {@code madeAt} (verified a minute later when {@code verified}), with its place. */
    Appointment book(Office office, ProcedureCode procedure, Instant start, Instant madeAt, boolean verified) {
        Appointment appointment = Appointment.hold(ConfirmationCode.random(new Random(seed++)), office.id(),
                procedure, DomainFixtures.applicant("P" + seed), start, Duration.ofMinutes(30), "123456", madeAt,
                Duration.ofMinutes(15));
        if (verified) {
            appointment.verify("123456", madeAt.plusSeconds(60), 5);
        }
        ledger.tryTake(office.id(), start, PLACES, ledger.calendarVersion(office.id(), start), appointment.code());
        appointments.add(appointment);
        return appointment;
    }

    Appointment attended(Office office, Instant start) {
        Appointment appointment = book(office, DomainFixtures.CANJE_RT, start, start.minus(Duration.ofDays(5)), true);
        appointment.checkIn(appointment.applicant().passport(), start, office.timeZone());
        appointment.markAttended();
        appointments.update(appointment);
        return appointment;
    }

    Appointment noShow(Office office, Instant start) {
        Appointment appointment = book(office, DomainFixtures.CANJE_RT, start, start.minus(Duration.ofDays(5)), true);
        appointment.markNoShow(start.plus(Duration.ofHours(1)), new NoShowPolicy(GRACE));
        appointments.update(appointment);
        return appointment;
    }

    Appointment cancelledByApplicant(Office office, ProcedureCode procedure, Instant start, Instant at) {
        Appointment appointment = book(office, procedure, start, at.minus(Duration.ofDays(2)), true);
        appointment.cancel(at, new ChangePolicy(Duration.ofHours(24)));
        appointments.update(appointment);
        ledger.release(office.id(), start, appointment.code());
        return appointment;
    }

    Appointment cancelledByOffice(Office office, Instant start, Instant at) {
        Appointment appointment = book(office, DomainFixtures.CANJE_RT, start, at.minus(Duration.ofDays(2)), true);
        appointment.cancelByOffice(at);
        appointments.update(appointment);
        ledger.release(office.id(), start, appointment.code());
        return appointment;
    }

    /** Takes every place of every slot of the office's {@code day} (no appointments: the ledger only). */
    void fill(Office office, LocalDate day) {
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(14, 30)); t = t.plusMinutes(30)) {
            Instant start = day.atTime(t).atZone(office.timeZone()).toInstant();
            for (int i = 0; i < PLACES; i++) {
                ledger.tryTake(office.id(), start, PLACES, ledger.calendarVersion(office.id(), start),
                        ConfirmationCode.random(new Random(seed++)));
            }
        }
    }
}
