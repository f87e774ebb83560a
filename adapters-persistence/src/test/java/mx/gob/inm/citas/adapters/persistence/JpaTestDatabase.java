package mx.gob.inm.citas.adapters.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The real database engine for the persistence tests, migrated by the real Flyway migrations and reached through
 * EclipseLink: H2 in Oracle mode by default; with {@code -Poracle}, the Oracle Database named by
 * {@code CITAS_DB_URL}, {@code CITAS_DB_USER} and {@code CITAS_DB_PASSWORD}.
 */
final class JpaTestDatabase {

    /** Child tables first, so deleting never breaks a foreign key. */
    private static final String[] TABLES = {"VISIT_EVENT", "VISIT", "VISIT_NUMBER", "WALK_IN_TALLY",
        "SERVICE_WINDOW_PROCEDURE", "SERVICE_WINDOW", "WALK_IN_DAY_TOKENS", "WALK_IN_POOL_PROCEDURE", "WALK_IN_POOL",
        "OFFICE_FLOOR", "CAPACITY_SNAPSHOT", "OUTBOX_MESSAGE", "APPOINTMENT_LATE_CHANGE", "APPOINTMENT", "SLOT_SEAT", "SLOT_LEDGER", "CLOSURE",
        "OPENING_PERIOD_PROCEDURE", "OPENING_PERIOD",
        "PROCEDURE_REQUIREMENT", "SERVICE_PROCEDURE", "STAFF_USER_OFFICE", "STAFF_USER", "ADMIN_GUARD", "AUDIT_ENTRY",
        "OFFICE", "JOB_LEASE", "SPENT_CHALLENGE"};

    private static JpaTestDatabase shared;

    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    /** Each thread has its own transaction and entity manager, so tests may race many threads. */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private JpaTestDatabase(DataSource dataSource, String url, String user, String password) {
        this.dataSource = dataSource;
        DatabaseMigrations.migrate(dataSource);
        this.emf = Persistence.createEntityManagerFactory("citas-test", Map.of(
                "eclipselink.jdbc.connections.max", "64",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    /** The database for this test run, migrated and emptied of rows. */
    static synchronized JpaTestDatabase emptied() {
        if (shared == null) {
            shared = "oracle".equals(System.getProperty("citas.test.database")) ? oracle() : h2();
        }
        shared.deleteAllRows();
        return shared;
    }

    private static JpaTestDatabase h2() {
        String url = "jdbc:h2:mem:citas-contract;MODE=Oracle;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        return new JpaTestDatabase(h2, url, "sa", "");
    }

    private static JpaTestDatabase oracle() {
        String url = System.getenv("CITAS_DB_URL");
        if (url == null || url.isBlank()) {
            String why = "Skipping the Oracle run: set CITAS_DB_URL, CITAS_DB_USER and CITAS_DB_PASSWORD to an"
                    + " Oracle Database (see README, 'Running on Oracle')";
            System.err.println("[citas] " + why);
            Assumptions.abort(why);
        }
        String user = System.getenv().getOrDefault("CITAS_DB_USER", "");
        String password = System.getenv().getOrDefault("CITAS_DB_PASSWORD", "");
        try {
            oracle.jdbc.datasource.impl.OracleDataSource oracle = new oracle.jdbc.datasource.impl.OracleDataSource();
            oracle.setURL(url);
            oracle.setUser(user);
            oracle.setPassword(password);
            return new JpaTestDatabase(oracle, url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the Oracle Database at " + url, e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The entity manager of the running {@link #inTransaction} call. */
    EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("Repositories are used inside inTransaction(...) only");
        }
        return em;
    }

    /** Runs {@code work} in its own transaction and entity manager, so every call reads what was committed. */
    <T> T inTransaction(Supplier<T> work) {
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
            current.remove();
        }
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The number a {@code SELECT COUNT(*) …} or {@code SUM} query returns. */
    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void deleteAllRows() {
        for (String table : TABLES) {
            execute("DELETE FROM " + table);
        }
    }
}
