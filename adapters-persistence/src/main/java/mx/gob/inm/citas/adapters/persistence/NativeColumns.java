package mx.gob.inm.citas.adapters.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads the columns of a native query whatever Java type the driver and EclipseLink's Oracle platform give them:
 * numbers are {@code BigDecimal} on Oracle and {@code Integer} or {@code Long} on H2; a {@code DATE} is a
 * {@code Timestamp} on both (H2 in Oracle mode makes it a {@code TIMESTAMP(0)}), or a {@code java.sql.Date}.
 */
final class NativeColumns {

    private NativeColumns() {
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Integer integerOrNull(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A {@code CHAR(1)}: a {@code String} or a {@code Character}. */
    static char letter(Object value) {
        return value.toString().charAt(0);
    }

    static LocalDate day(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** A UTC wall-clock {@code TIMESTAMP} (see {@link Utc}); null stays null. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return Utc.instant(utc);
    }
}
