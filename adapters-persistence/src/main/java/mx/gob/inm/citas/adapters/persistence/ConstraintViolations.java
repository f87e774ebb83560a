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
