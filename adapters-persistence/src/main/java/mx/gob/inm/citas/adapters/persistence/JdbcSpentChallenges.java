package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.SpentChallenges;

/**
 * Adapter: spent challenges in {@code spent_challenge}, whose primary key refuses a second use. Written on the
 * non-transactional data source and committed at once: a use counts even if the hold it came with is refused, and
 * a refused insert never spoils a booking transaction.
 */
@ApplicationScoped
class JdbcSpentChallenges implements SpentChallenges {

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;

    JdbcSpentChallenges() {
    }

    JdbcSpentChallenges(DataSource rows) {
        this.rows = rows;
    }

    @Override
    public boolean spend(String challenge, Instant expiresAt) {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO spent_challenge (challenge, expires_at) VALUES (?, ?)")) {
                insert.setString(1, challenge);
                insert.setObject(2, Utc.of(expiresAt));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                // the primary key is the table's only unique constraint (H2 names its index, not the constraint)
                if (ConstraintViolations.isIntegrityViolation(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a spent challenge", e);
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM spent_challenge WHERE expires_at < ?")) {
                delete.setObject(1, Utc.of(now));
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget expired challenges", e);
        }
    }
}
