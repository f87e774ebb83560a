package mx.gob.inm.citas.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Creates a counter's row on first use through the separate, non-transactional data source
 * ({@link CitasPersistence#LEDGER_ROWS_DATA_SOURCE}), as {@link JpaSlotLedger} does for its rows: the row is
 * committed at once, so two requests creating it together cannot fail the caller's transaction (the loser of that
 * race finds the row there), and the caller then counts on it with a conditional UPDATE in its own transaction.
 */
final class RowsOutsideTheTransaction {

    private RowsOutsideTheTransaction() {
    }

    /**
     * Runs {@code insert} with {@code key} unless {@code exists} (with the same parameters) finds the row; a duplicate
     * inserted meanwhile by someone else is exactly what was needed.
     */
    static void createIfMissing(DataSource rows, String exists, String insert, Object... key) {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement select = prepare(c, exists, key); ResultSet found = select.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (PreparedStatement create = prepare(c, insert, key)) {
                create.executeUpdate();
            } catch (SQLException e) {
                if (!ConstraintViolations.isIntegrityViolation(e)) {
                    throw e;
                }
                // Another request created the row first.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the row of " + Arrays.toString(key), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
