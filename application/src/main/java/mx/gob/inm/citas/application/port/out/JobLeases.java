package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Out-port: named leases, so that a job every instance schedules (anonymising old appointments; later releasing
 * holds, queueing reminders) is done by one instance at a time, and taken over by another when the one doing it
 * stops. The store decides who holds a lease, so it holds across instances.
 */
public interface JobLeases {

    /**
     * Whether {@code holder} holds the lease of {@code job} from {@code now} until {@code now + leaseFor}: true
     * when it was free, had run out by {@code now}, or was {@code holder}'s already (then it is renewed); false
     * while another holder's lease lasts. Taken in the caller's transaction: others see it once that commits, and
     * one asking meanwhile waits for that. {@code job} has at most 60 characters, {@code holder} at most 200.
     */
    boolean tryAcquire(String job, String holder, Instant now, Duration leaseFor);
}
