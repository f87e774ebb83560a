package mx.gob.inm.citas.domain.availability;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How far ahead the public may book: not sooner than {@code minimumLead} from now (so the office can prepare
 * the day's agenda), and not beyond {@code maximumDaysAhead} calendar days after today at the office.
 */
public record BookingWindow(Duration minimumLead, int maximumDaysAhead) {

    public BookingWindow {
        requirePresent(minimumLead, "internal", "Minimum lead time");
        require(!minimumLead.isNegative(), "internal.lead", "The minimum lead time cannot be negative");
        require(maximumDaysAhead >= 1 && maximumDaysAhead <= 366, "internal.horizon",
                "The booking horizon must be between 1 and 366 days");
    }

    /** The earliest instant a slot may start to be bookable at {@code now}. */
    public Instant earliestStart(Instant now) {
        return now.plus(minimumLead);
    }

    /** The last calendar day, at an office in {@code zone}, that may be booked at {@code now}. */
    public LocalDate lastDay(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(maximumDaysAhead);
    }

    /** Whether a slot starting at {@code start} is inside the window at {@code now}. */
    public boolean admits(ZonedDateTime start, Instant now) {
        return !start.toInstant().isBefore(earliestStart(now))
                && !start.toLocalDate().isAfter(lastDay(now, start.getZone()));
    }
}
