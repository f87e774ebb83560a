package mx.gob.inm.citas.application.port.in;

import java.time.Duration;

/**
 * In-port: forgets applicants' personal data a set number of days after their appointment
 * ({@link mx.gob.inm.citas.domain.appointment.RetentionPolicy}), keeping what the office's figures count.
 */
public interface AnonymisePersonalDataUseCase {

    /**
     * Anonymises the next batch of appointments whose retention period has passed, in one transaction, if
     * {@code instance} holds the job's lease (which this takes or renews). How many it anonymised: 0 when none
     * were due or another instance holds the lease. An anonymised appointment is never picked again, so calling
     * until it answers 0 does all the work once.
     */
    default int anonymiseNextBatch(String instance) {
        return anonymiseNextBatch(instance, LEASE);
    }

    /**
     * As {@link #anonymiseNextBatch(String)}, taking or renewing the lease for {@code lease}: longer than the period
     * between runs, so that the instance doing the work keeps it; another instance takes over at most {@code lease}
     * after that one stopped.
     */
    int anonymiseNextBatch(String instance, Duration lease);

    /** The lease of a run every hour. */
    Duration LEASE = Duration.ofHours(2);
}
