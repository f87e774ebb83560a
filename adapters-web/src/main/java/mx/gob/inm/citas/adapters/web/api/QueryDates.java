package mx.gob.inm.citas.adapters.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** Reads optional {@code YYYY-MM-DD} query parameters, refusing anything else with a message that names them. */
final class QueryDates {

    private QueryDates() {
    }

    static Optional<LocalDate> optional(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = value.strip();
            // four-digit years only: LocalDate also reads '+999999999-12-31', past what a calendar can count to
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("query.date", "The parameter '" + parameter + "' must be a date written"
                    + " YYYY-MM-DD, such as 2026-12-01; '" + abbreviated(value) + "' is not", parameter,
                    abbreviated(value));
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
