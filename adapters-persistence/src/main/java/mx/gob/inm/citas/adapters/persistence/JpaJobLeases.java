package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.JobLeases;

/**
 * Adapter: job leases in {@code job_lease} (V10). A lease is taken by one conditional {@code UPDATE} in the caller's
 * transaction, so the database decides who holds it and a second instance asking meanwhile waits on the row, then
 * finds it held. A job's row is created on first use through the separate, non-transactional connection, as the
 * slot ledger's are ({@link JpaSlotLedger}): two instances creating it at once cannot fail the caller's transaction.
 */
@ApplicationScoped
class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;

    /** Lease rows are never deleted: once a job's row is known to exist, it need not be looked for again. */
    private final Set<String> knownJobs = ConcurrentHashMap.newKeySet();

    JpaJobLeases() {
    }

    JpaJobLeases(EntityManager em, DataSource rows) {
        this.em = em;
        this.rows = rows;
    }

    @Override
    public boolean tryAcquire(String job, String holder, Instant now, Duration leaseFor) {
        ensureRow(job);
        return em.createNativeQuery("UPDATE job_lease SET holder = ?, leased_until = ? WHERE name = ?"
                + " AND (holder IS NULL OR holder = ? OR leased_until <= ?)")
                .setParameter(1, holder).setParameter(2, Timestamp.valueOf(Utc.of(now.plus(leaseFor))))
                .setParameter(3, job).setParameter(4, holder).setParameter(5, Timestamp.valueOf(Utc.of(now)))
                .executeUpdate() == 1;
    }

    private void ensureRow(String job) {
        if (knownJobs.contains(job)) {
            return;
        }
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM job_lease WHERE name = ?")) {
                exists.setString(1, job);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        knownJobs.add(job);
                        return;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO job_lease (name) VALUES (?)")) {
                insert.setString(1, job);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!ConstraintViolations.isIntegrityViolation(e)) {
                    throw e;
                }
                // Another instance created the row first: exactly what was needed.
            }
            knownJobs.add(job);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the lease row of job " + job, e);
        }
    }
}
