package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import mx.gob.inm.citas.application.port.in.AnonymisePersonalDataUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;

/**
 * Forgets applicants' personal data once the retention period after their appointment has passed, one batch per
 * transaction, and the names walk-ins gave once their day is over (a name serves only to call them that day).
 * Every instance runs it; the job's lease, renewed with each batch in the batch's transaction, lets one at a time
 * do the work.
 */
@ApplicationScoped
@Transactional
public class AnonymisePersonalDataService implements AnonymisePersonalDataUseCase {

    static final String JOB = "anonymise-personal-data";
    static final int BATCH = 100;
    private final AppointmentRepository appointments;
    private final JobLeases leases;
    private final VisitRepository visits;
    private final RetentionPolicy retention;
    private final Clock clock;

    @Inject
    public AnonymisePersonalDataService(AppointmentRepository appointments, JobLeases leases,
            VisitRepository visits, RetentionPolicy retention, Clock clock) {
        this.appointments = appointments;
        this.leases = leases;
        this.visits = visits;
        this.retention = retention;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AnonymisePersonalDataService() {
        this(null, null, null, null, null);
    }

    @Override
    public int anonymiseNextBatch(String instance, Duration leaseFor) {
        Instant now = clock.instant();
        if (!leases.tryAcquire(JOB, instance, now, leaseFor)) {
            return 0;
        }
        int anonymised = 0;
        for (ConfirmationCode code : appointments.withPersonalDataStartingBefore(retention.forgetStartedBefore(now),
                BATCH)) {
            Appointment appointment = appointments.findByCode(code).orElse(null);
            if (appointment != null && appointment.anonymise(now, retention)) {
                appointments.update(appointment);
                anonymised++;
            }
        }
        // every office's day before yesterday in UTC is over, in whatever zone the office keeps
        return anonymised + visits.forgetNamesBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));
    }
}
