package mx.gob.inm.citas.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date with the Flyway migrations in {@code db/migration}. */
public final class DatabaseMigrations {

    /** What migrating did. */
    public record Outcome(int applied, String schemaVersion) {
    }

    private DatabaseMigrations() {
    }

    /** Applies every pending migration; fails rather than starting on a schema it does not know. */
    public static Outcome migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        return new Outcome(result.migrationsExecuted, result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion);
    }
}
