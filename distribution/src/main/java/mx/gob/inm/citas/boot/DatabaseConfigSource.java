package mx.gob.inm.citas.boot;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the database settings that plain property expressions cannot: the data source class for the kind of
 * database in {@code CITAS_DB_URL}, and the embedded database's URL from the absolute {@code CITAS_DATA_DIR}
 * (H2 refuses implicitly relative paths, and Payara's expressions drop colons inside defaults). Environment
 * variables and system properties still win: its ordinal sits below them and above the properties file.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DRIVER = "citas.db.driver";
    static final String EMBEDDED_URL = "citas.db.embedded-url";
    static final String DATA_DIR = "citas.data-dir";
    private static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
    private static final String ORACLE_DATA_SOURCE = "oracle.jdbc.datasource.impl.OracleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DRIVER, EMBEDDED_URL, DATA_DIR);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DRIVER, driver(), EMBEDDED_URL, embeddedUrl(), DATA_DIR, dataDir().toString());
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case DRIVER -> driver();
            case EMBEDDED_URL -> embeddedUrl();
            case DATA_DIR -> dataDir().toString();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "citas-database";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    static String driver() {
        String url = setting("CITAS_DB_URL");
        return url != null && url.startsWith("jdbc:oracle:") ? ORACLE_DATA_SOURCE : H2_DATA_SOURCE;
    }

    static Path dataDir() {
        String configured = setting("CITAS_DATA_DIR");
        return Path.of(configured == null ? "citas-data" : configured).toAbsolutePath().normalize();
    }

    static String embeddedUrl() {
        // MODE=Oracle: the migrations and EclipseLink speak the production dialect on the embedded engine too.
        // LOCK_TIMEOUT: a booking storm queues on one slot's ledger row; wait for it rather than fail after 1 s.
        // WRITE_DELAY=0: every commit is written to the file before it returns (H2's default writes up to 0.5 s
        // later), so an answer given after a commit survives the process being killed.
        return "jdbc:h2:file:" + dataDir().resolve("db").resolve("citas")
                + ";MODE=Oracle;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
