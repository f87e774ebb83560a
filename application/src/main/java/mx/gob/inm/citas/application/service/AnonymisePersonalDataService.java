package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.AnonymisePersonalDataUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;

/**
 * Forgets applicants' personal data once the retention period after their appointment has passed, one batch per
 * transaction. Every instance runs it; the job's lease, renewed with each batch in the batch's transaction, lets one
 * at a time do the work.
 */
@ApplicationScoped
@Transactional
public class AnonymisePersonalDataService implements AnonymisePersonalDataUseCase {

    static final String JOB = "anonymise-personal-data";
    static final int BATCH = 100;
    /**
     * Longer than the hour between runs, so the instance doing the work keeps it from one run to the next; another
     * takes over at most this long after that instance stopped.
     */
    static final Duration LEASE = Duration.ofHours(2);

    private final AppointmentRepository appointments;
    private final JobLeases leases;
    private final RetentionPolicy retention;
    private final Clock clock;

    @Inject
    public AnonymisePersonalDataService(AppointmentRepository appointments, JobLeases leases,
            RetentionPolicy retention, Clock clock) {
        this.appointments = appointments;
        this.leases = leases;
        this.retention = retention;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AnonymisePersonalDataService() {
        this(null, null, null, null);
    }

    @Override
    public int anonymiseNextBatch(String instance) {
        Instant now = clock.instant();
        if (!leases.tryAcquire(JOB, instance, now, LEASE)) {
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
        return anonymised;
    }
}
