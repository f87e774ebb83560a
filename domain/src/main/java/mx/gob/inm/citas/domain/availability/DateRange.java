package mx.gob.inm.citas.domain.availability;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** Calendar days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        requirePresent(from, "dateRangeStart", "Start date");
        requirePresent(to, "dateRangeEnd", "End date");
        if (to.isBefore(from)) {
            throw new InvalidDateRangeException("dateRange.reversed", "The end date " + to
                    + " is before the start date " + from, from, to);
        }
    }

    /** How many days the range spans after its first: 0 for a single day. */
    public long daysAfterFirst() {
        return ChronoUnit.DAYS.between(from, to);
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }
}
