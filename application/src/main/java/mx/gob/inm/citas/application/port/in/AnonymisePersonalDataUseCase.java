package mx.gob.inm.citas.application.port.in;

import java.time.Duration;

/**
 * In-port: forgets applicants' personal data a set number of days after their appointment
 * ({@link mx.gob.inm.citas.domain.appointment.RetentionPolicy}), keeping what the office's figures count.
 */
public interface AnonymisePersonalDataUseCase {

    /**
     * Anonymises the next batch of appointments whose retention period has passed, in one transaction, if
     * {@code instance} holds the job's lease (taken or renewed for {@code leaseFor}, longer than the period between
     * runs, so that the instance doing the work keeps it; another takes it over at most {@code leaseFor} after that
     * one stopped). How many it anonymised: 0 when none were due or another instance holds the lease. An
     * anonymised appointment is never picked again, so calling until it answers 0 does all the work once.
     */
    int anonymiseNextBatch(String instance, Duration leaseFor);
}
