package mx.gob.inm.citas.application.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import mx.gob.inm.citas.application.port.out.JobLeases;

/** Fake of {@link JobLeases}: one holder and end per job; synchronized, so holders asking at once queue as in a row. */
public class InMemoryJobLeases implements JobLeases, Snapshotting {

    private record Lease(String holder, Instant until) {
    }

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean tryAcquire(String job, String holder, Instant now, Duration leaseFor) {
        Lease lease = leases.get(job);
        if (lease != null && !lease.holder().equals(holder) && lease.until().isAfter(now)) {
            return false;
        }
        leases.put(job, new Lease(holder, now.plus(leaseFor)));
        return true;
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(leases);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        leases.clear();
        leases.putAll((Map<String, Lease>) snapshot);
    }
}
