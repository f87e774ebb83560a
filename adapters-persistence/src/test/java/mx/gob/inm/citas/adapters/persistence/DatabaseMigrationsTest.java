package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
    void searches_the_audit_log_recorded_before_v10_keep_only_the_last_three_characters_of_what_was_typed() {
        JdbcDataSource fresh = new JdbcDataSource();
        fresh.setURL("jdbc:h2:mem:citas-v10-audit;MODE=Oracle;DB_CLOSE_DELAY=-1");
        fresh.setUser("sa");
        Flyway.configure().dataSource(fresh).locations("classpath:db/migration").target("9").load().migrate();
        String insert = "INSERT INTO audit_entry (id, occurred_at, actor, action, subject) VALUES (%d,"
                + " TIMESTAMP '2026-11-30 15:00:00', 'ana.lopez', '%s', '%s')";
        execute(fresh, String.format(insert, 1, "VIEWED_APPLICANT_DATA", "search G1234567"));
        execute(fresh, String.format(insert, 2, "VIEWED_APPLICANT_DATA", "search g12-345 678"));
        execute(fresh, String.format(insert, 3, "VIEWED_APPLICANT_DATA", "agenda 2026-11-30"));
        execute(fresh, String.format(insert, 4, "CHECKED_IN", "7KX2M9QD"));

        DatabaseMigrations.migrate(fresh);

        assertThat(subjects(fresh)).containsExactly("search code or passport *****567",
                "search code or passport ********678", "agenda 2026-11-30", "7KX2M9QD");
    }

    @Test
    void cancellations_before_v14_are_the_offices_where_it_queued_an_apology_and_else_the_applicants() {
        JdbcDataSource fresh = new JdbcDataSource();
        fresh.setURL("jdbc:h2:mem:citas-v14-cancellations;MODE=Oracle;DB_CLOSE_DELAY=-1");
        fresh.setUser("sa");
        Flyway.configure().dataSource(fresh).locations("classpath:db/migration").target("13").load().migrate();
        execute(fresh, "INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");
        execute(fresh, "INSERT INTO service_procedure (code, name_es, name_en, duration_minutes, bookable_online)"
                + " VALUES ('CANJE-RT', 'Canje', 'Exchange', 30, 1)");
        String appointment = "INSERT INTO appointment (code, office_id, procedure_code, slot_start, duration_minutes,"
                + " status, active_key, holder_key, given_names, surnames, nationality, passport_number,"
                + " date_of_birth, email, language, verification_code, hold_expires_at, failed_verifications,"
                + " sequence_no, created_at, version) VALUES ('%1$s', 'x-office', 'CANJE-RT',"
                + " TIMESTAMP '2026-12-01 15:00:00', 30, '%2$s', %3$s, %3$s,"
                + " 'Ana', 'Pérez', 'GTM', '%4$s', DATE '1990-05-17', 'ana@ejemplo.mx', 'es', '123456',"
                + " TIMESTAMP '2026-11-27 15:15:00', 0, 1, TIMESTAMP '2026-11-27 15:00:00', 0)";
        execute(fresh, String.format(appointment, "OFFC2345", "CANCELLED", "NULL", "G1000001"));
        execute(fresh, String.format(appointment, "APPL2345", "CANCELLED", "NULL", "G1000002"));
        execute(fresh, String.format(appointment, "CONF2345", "CONFIRMED", "'GTM:G1000003:CANJE-RT'", "G1000003"));
        String message = "INSERT INTO outbox_message (id, appointment_code, kind, slot_start, sequence_no, created_at,"
                + " due_at) VALUES ('%s', '%s', '%s', TIMESTAMP '2026-12-01 15:00:00', 1,"
                + " TIMESTAMP '2026-11-28 15:00:00', TIMESTAMP '2026-11-28 15:00:00')";
        execute(fresh, String.format(message, "m-1", "OFFC2345", "CONFIRMATION"));
        execute(fresh, String.format(message, "m-2", "OFFC2345", "CANCELLED_BY_OFFICE"));
        execute(fresh, String.format(message, "m-3", "APPL2345", "CONFIRMATION"));
        execute(fresh, String.format(message, "m-4", "APPL2345", "CANCELLATION"));
        execute(fresh, String.format(message, "m-5", "CONF2345", "CONFIRMATION"));

        DatabaseMigrations.migrate(fresh);

        assertThat(rows(fresh, "SELECT code || ' ' || COALESCE(cancelled_by, '-') || ' '"
                + " || CASE WHEN cancelled_at IS NULL THEN 'when unknown' ELSE 'when known' END"
                + " FROM appointment ORDER BY code"))
                .containsExactly("APPL2345 APPLICANT when unknown", "CONF2345 - when unknown",
                        "OFFC2345 OFFICE when unknown");
    }

    @Test
    void the_schema_itself_refuses_a_cancelled_appointment_without_who_cancelled_it_and_a_canceller_of_another() {
        db.execute("INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");
        db.execute("INSERT INTO service_procedure (code, name_es, name_en, duration_minutes, bookable_online)"
                + " VALUES ('CANJE-RT', 'Canje', 'Exchange', 30, 1)");
        String insert = "INSERT INTO appointment (code, office_id, procedure_code, slot_start, duration_minutes,"
                + " status, given_names, surnames, nationality, passport_number, date_of_birth, email, language,"
                + " verification_code, hold_expires_at, failed_verifications, sequence_no, created_at, version,"
                + " cancelled_by, cancelled_at) VALUES ('%s', 'x-office', 'CANJE-RT', TIMESTAMP '2026-12-01 15:00:00',"
                + " 30, '%s', 'Ana', 'Pérez', 'GTM', 'G1234567', DATE '1990-05-17', 'ana@ejemplo.mx', 'es', '123456',"
                + " TIMESTAMP '2026-11-27 15:15:00', 0, 1, TIMESTAMP '2026-11-27 15:00:00', 0, %s, %s)";
        String at = "TIMESTAMP '2026-11-28 15:00:00'";

        assertThatThrownBy(() -> db.execute(String.format(insert, "NOBY2345", "CANCELLED", "NULL", at)))
                .rootCause().hasMessageContaining("CK_APPOINTMENT_CANCELLED_BY");
        assertThatThrownBy(() -> db.execute(String.format(insert, "CLRK2345", "CANCELLED", "'CLERK'", at)))
                .rootCause().hasMessageContaining("CK_APPOINTMENT_CANCELLED_BY");
        assertThatThrownBy(() -> db.execute(String.format(insert, "ATND2345", "ATTENDED", "NULL", at)))
                .rootCause().hasMessageContaining("CK_APPOINTMENT_CANCELLED_BY");
        db.execute(String.format(insert, "APPL2345", "CANCELLED", "'APPLICANT'", at));
        db.execute(String.format(insert, "OLDC2345", "CANCELLED", "'OFFICE'", "NULL"));
        assertThat(db.count("SELECT COUNT(*) FROM appointment")).isEqualTo(2);
    }

    @Test
    void the_schema_itself_refuses_a_snapshot_whose_places_do_not_add_up_or_are_half_measured() {
        db.execute("INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");
        db.execute("INSERT INTO service_procedure (code, name_es, name_en, duration_minutes, bookable_online)"
                + " VALUES ('CANJE-RT', 'Canje', 'Exchange', 30, 1)");
        String insert = "INSERT INTO capacity_snapshot (office_id, procedure_code, snapshot_day, taken_at, measured,"
                + " offered_places, free_places, next_free_day, bookings, cancellations) VALUES ('x-office',"
                + " 'CANJE-RT', DATE '%s', TIMESTAMP '2026-11-29 07:05:00', %s, 0, 0)";

        assertThatThrownBy(() -> db.execute(String.format(insert, "2026-11-28", "1, 10, 11, NULL")))
                .rootCause().hasMessageContaining("CK_CAPACITY_SNAPSHOT_COUNTS");
        assertThatThrownBy(() -> db.execute(String.format(insert, "2026-11-28", "1, 10, NULL, NULL")))
                .rootCause().hasMessageContaining("CK_CAPACITY_SNAPSHOT_MEASURED");
        assertThatThrownBy(() -> db.execute(String.format(insert, "2026-11-28", "0, NULL, NULL, DATE '2026-12-01'")))
                .rootCause().hasMessageContaining("CK_CAPACITY_SNAPSHOT_MEASURED");
        db.execute(String.format(insert, "2026-11-28", "1, 10, 0, NULL"));
        db.execute(String.format(insert, "2026-11-27", "0, NULL, NULL, NULL"));
        assertThat(db.count("SELECT COUNT(*) FROM capacity_snapshot")).isEqualTo(2);
    }

    private static List<String> rows(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<String> subjects(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT subject FROM audit_entry ORDER BY id")) {
            List<String> subjects = new ArrayList<>();
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
            return subjects;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    @Test
    void the_schema_itself_refuses_an_unknown_role_an_unknown_office_and_an_unknown_audit_action() {
        db.execute("INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");
        db.execute("INSERT INTO staff_user (username, display_name, role, password_hash, created_at)"
                + " VALUES ('ana', 'Ana', 'STAFF', 'h', TIMESTAMP '2026-12-01 15:00:00')");
        db.execute("INSERT INTO staff_user_office (username, office_id) VALUES ('ana', 'x-office')");

        assertThatThrownBy(() -> db.execute("INSERT INTO staff_user (username, display_name, role, password_hash,"
                + " created_at) VALUES ('root', 'Root', 'ROOT', 'h', TIMESTAMP '2026-12-01 15:00:00')"))
                .rootCause().hasMessageContaining("CK_STAFF_USER_ROLE");
        assertThatThrownBy(() -> db.execute("INSERT INTO staff_user_office (username, office_id)"
                + " VALUES ('ana', 'no-such-office')"))
                .rootCause().hasMessageContaining("FK_STAFF_OFFICE_OFFICE");
        assertThatThrownBy(() -> db.execute("INSERT INTO audit_entry (id, occurred_at, actor, action)"
                + " VALUES (1, TIMESTAMP '2026-12-01 15:00:00', 'ana', 'DELETED_EVERYTHING')"))
                .rootCause().hasMessageContaining("CK_AUDIT_ENTRY_ACTION");
        // an entry may name an office that does not exist: a refused request names whatever was asked for
        db.execute("INSERT INTO audit_entry (id, occurred_at, actor, action, office_id)"
                + " VALUES (2, TIMESTAMP '2026-12-01 15:00:00', 'ana', 'ACCESS_REFUSED', 'no-such-office')");
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(1);
    }

    @Test
    void the_schema_itself_refuses_a_count_of_enabled_admins_below_one_and_a_second_count() {
        db.execute("INSERT INTO admin_guard (id, enabled_admins) VALUES (1, 1)");

        assertThatThrownBy(() -> db.execute("UPDATE admin_guard SET enabled_admins = enabled_admins - 1"))
                .rootCause().hasMessageContaining("CK_ADMIN_GUARD_ENABLED");
        assertThatThrownBy(() -> db.execute("INSERT INTO admin_guard (id, enabled_admins) VALUES (2, 5)"))
                .rootCause().hasMessageContaining("CK_ADMIN_GUARD_ONE_ROW");
        assertThat(db.count("SELECT enabled_admins FROM admin_guard")).isEqualTo(1);
    }

    @Test
    void the_schema_queues_an_apology_from_the_office_but_no_unknown_kind_of_message() {
        db.execute("INSERT INTO office (id, name, state_code, state_name, city, address, time_zone)"
                + " VALUES ('x-office', 'X', 'X', 'X', 'X', 'X', 'America/Mexico_City')");
        db.execute("INSERT INTO service_procedure (code, name_es, name_en, duration_minutes, bookable_online)"
                + " VALUES ('CANJE-RT', 'Canje', 'Exchange', 30, 1)");
        db.execute("INSERT INTO appointment (code, office_id, procedure_code, slot_start, duration_minutes, status,"
                + " given_names, surnames, nationality, passport_number, date_of_birth, email, language,"
                + " verification_code, hold_expires_at, failed_verifications, sequence_no, created_at, version,"
                + " cancelled_by, cancelled_at)"
                + " VALUES ('ABCD2345', 'x-office', 'CANJE-RT', TIMESTAMP '2026-12-01 15:00:00', 30, 'CANCELLED',"
                + " 'Ana', 'Pérez', 'GTM', 'G1234567', DATE '1990-05-17', 'ana@ejemplo.mx', 'es', '123456',"
                + " TIMESTAMP '2026-11-27 15:15:00', 0, 1, TIMESTAMP '2026-11-27 15:00:00', 0, 'OFFICE',"
                + " TIMESTAMP '2026-11-28 15:00:00')");
        String insert = "INSERT INTO outbox_message (id, appointment_code, kind, slot_start, sequence_no, created_at,"
                + " due_at) VALUES ('%s', 'ABCD2345', '%s', TIMESTAMP '2026-12-01 15:00:00', 1,"
                + " TIMESTAMP '2026-11-28 15:00:00', TIMESTAMP '2026-11-28 15:00:00')";

        db.execute(String.format(insert, "m-1", "CANCELLED_BY_OFFICE"));
        assertThatThrownBy(() -> db.execute(String.format(insert, "m-2", "SPAM")))
                .rootCause().hasMessageContaining("CK_OUTBOX_KIND");
        assertThat(db.count("SELECT COUNT(*) FROM outbox_message")).isEqualTo(1);
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
