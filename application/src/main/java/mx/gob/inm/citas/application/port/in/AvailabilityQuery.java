package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.InvalidDateRangeException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * Which free places to look for: a procedure at an office between two dates (office-local, both included). Without
 * {@code from} the search starts today at the office; without {@code to} it spans {@value #DEFAULT_DAYS} days.
 */
public record AvailabilityQuery(String officeId, String procedureCode, Optional<LocalDate> from,
        Optional<LocalDate> to) {

    /** The longest span one query may ask for, in days after its first day. */
    public static final int MAX_DAYS = 92;
    public static final int DEFAULT_DAYS = 30;

    public AvailabilityQuery {
        InvalidValueException.requireText(officeId, "officeId", "The office");
        InvalidValueException.requireText(procedureCode, "procedureCode", "The procedure");
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent()) {
            checked(from.get(), to.get());
        }
    }

    /** The days to search when {@code today} is the date at the office, defaults applied and checked. */
    public DateRange range(LocalDate today) {
        LocalDate first = from.orElse(today);
        return checked(first, to.orElse(first.plusDays(DEFAULT_DAYS - 1L)));
    }

    private static DateRange checked(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new InvalidDateRangeException("dateRange.reversed", "The end date " + last
                    + " is before the start date "
                    + first, first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new InvalidDateRangeException("dateRange.tooLong", "A search spans at most " + MAX_DAYS
                    + " days; from "
                    + first + " to " + last + " is longer", MAX_DAYS);
        }
        return new DateRange(first, last);
    }
}
