package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {

    private final JpaTestDatabase db = JpaTestDatabase.emptied();

    @Test
    void an_empty_database_is_migrated_once_and_a_second_start_applies_nothing() {
        JdbcDataSource fresh = new JdbcDataSource();
        fresh.setURL("jdbc:h2:mem:citas-migrations;MODE=Oracle;DB_CLOSE_DELAY=-1");
        fresh.setUser("sa");

        DatabaseMigrations.Outcome first = DatabaseMigrations.migrate(fresh);
        DatabaseMigrations.Outcome second = DatabaseMigrations.migrate(fresh);

        assertThat(first.applied()).isPositive();
        assertThat(second.applied()).isZero();
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
    }

    @Test
    void the_schema_itself_refuses_negative_taken_places_and_reversed_closures() {
        db.execute("INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");

        assertThatThrownBy(() -> db.execute("INSERT INTO slot_ledger (office_id, slot_start, taken)"
                + " VALUES ('x-office', TIMESTAMP '2026-12-01 15:00:00', -1)"))
                .hasRootCauseMessage(rootCauseOf(() -> db.execute("INSERT INTO slot_ledger (office_id, slot_start,"
                        + " taken) VALUES ('x-office', TIMESTAMP '2026-12-01 15:00:00', -1)")));
        assertThatThrownBy(() -> db.execute("INSERT INTO closure (id, office_id, first_day, last_day, reason)"
                + " VALUES (1, NULL, DATE '2026-12-02', DATE '2026-12-01', 'x')"))
                .rootCause().hasMessageContaining("CK_CLOSURE_DAYS");
        assertThatThrownBy(() -> db.execute("INSERT INTO slot_ledger (office_id, slot_start, taken)"
                + " VALUES ('no-such-office', TIMESTAMP '2026-12-01 15:00:00', 1)"))
                .rootCause().hasMessageContaining("FK_SLOT_LEDGER_OFFICE");
    }

    private static String rootCauseOf(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root.getMessage()).contains("CK_SLOT_LEDGER_TAKEN");
            return root.getMessage();
        }
        throw new AssertionError("the insert was accepted");
    }
}
