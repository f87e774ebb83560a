package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.LinkSecret;

/**
 * Adapter: the link secret in {@code link_secret}'s one row. The first call on any instance reads it; when there is
 * none yet it inserts 32 random bytes, and the primary key lets only one such insert win, so every instance (and
 * every restart) reads the same secret. Read once per instance, then kept in memory. Written on the
 * non-transactional data source and committed at once, outside any booking transaction.
 */
@ApplicationScoped
class JdbcLinkSecret implements LinkSecret {

    private static final int BYTES = 32;

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;
    private volatile byte[] secret;

    JdbcLinkSecret() {
    }

    JdbcLinkSecret(DataSource rows) {
        this.rows = rows;
    }

    @Override
    public byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = readOrCreate();
            secret = known;
        }
        return known.clone();
    }

    private byte[] readOrCreate() {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            Optional<byte[]> stored = read(c);
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO link_secret (id, secret) VALUES (1, ?)")) {
                insert.setString(1, Base64.getEncoder().encodeToString(fresh));
                insert.executeUpdate();
                return fresh;
            } catch (SQLException e) {
                // another instance (or thread) inserted it first: its secret is the one
                if (ConstraintViolations.isIntegrityViolation(e)) {
                    return read(c).orElseThrow(() -> new IllegalStateException("The link secret vanished", e));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the link secret", e);
        }
    }

    private static Optional<byte[]> read(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT secret FROM link_secret WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
        }
    }
}
