package mx.gob.inm.citas.adapters.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises which database constraint refused a write, on Oracle (ORA-00001 …) as on H2. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** Whether {@code failure} (or a cause) is the violation of the named constraint. */
    static boolean isViolationOf(Throwable failure, String constraint) {
        String name = constraint.toUpperCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isIntegrityViolation(sql)
                    && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(name)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} (or a cause) is a duplicate of {@code table}'s primary key. Oracle names the
     * constraint ({@code ORA-00001: unique constraint (CITAS.PK_STAFF_USER) violated}); H2 only the index it made
     * for it ({@code "PUBLIC.PRIMARY_KEY_2 ON PUBLIC.STAFF_USER(USERNAME)"}). Both report a unique violation.
     */
    static boolean isDuplicatePrimaryKey(Throwable failure, String table, String constraint) {
        String oracle = constraint.toUpperCase(Locale.ROOT) + ")";
        String h2 = "." + table.toUpperCase(Locale.ROOT) + "(";
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1)) {
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                if (message.contains("." + oracle) || message.contains("(" + oracle)
                        || (message.contains("PRIMARY_KEY") && message.contains(h2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** SQLSTATE class 23 (integrity constraint violation); Oracle reports ORA-00001 with it. */
    static boolean isIntegrityViolation(SQLException e) {
        return (e.getSQLState() != null && e.getSQLState().startsWith("23")) || e.getErrorCode() == 1;
    }

    static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && isIntegrityViolation(sql)) {
                return true;
            }
        }
        return false;
    }
}
