package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the booking window will be full if applicants keep booking as they did lately: at {@code bookingsPerDay} (the
 * bookings of the last days ÷ those days), the places free ahead are gone after ⌈free ÷ rate⌉ days. The window
 * moving on (new days opening) is not counted: it is the date the places open today run out.
 */
public record SellOutForecast(Outlook outlook, double bookingsPerDay, long freePlaces, Optional<LocalDate> date) {

    /** What the forecast says. */
    public enum Outlook {
        /** Nothing is free now. */
        FULL,
        /** At the recent rate, the free places are gone on {@link #date}. */
        SELLS_OUT,
        /** No bookings lately: the free places do not run out at this rate. */
        NO_DEMAND
    }

    /** The usual look-back: two weeks, so weekdays and weekends weigh as they come. */
    public static final int DAYS_OBSERVED = 14;

    public SellOutForecast {
        requirePresent(outlook, "internal", "Outlook");
        require(bookingsPerDay >= 0 && freePlaces >= 0, "internal.negative", "Rates and places cannot be negative");
        date = requirePresent(date, "internal", "Date");
        require(date.isPresent() == (outlook != Outlook.NO_DEMAND), "internal.forecast",
                "Only a forecast with demand has a date");
    }

    /**
     * The forecast on {@code today} from {@code bookings} made in the last {@code daysObserved} days and
     * {@code freePlaces} free now in the booking window.
     */
    public static SellOutForecast of(long bookings, int daysObserved, long freePlaces, LocalDate today) {
        require(bookings >= 0 && daysObserved >= 1, "internal.negative", "Bookings are counted over at least one day");
        double rate = (double) bookings / daysObserved;
        if (freePlaces == 0) {
            return new SellOutForecast(Outlook.FULL, rate, 0, Optional.of(today));
        }
        if (bookings == 0) {
            return new SellOutForecast(Outlook.NO_DEMAND, 0, freePlaces, Optional.empty());
        }
        // ⌈free ÷ (bookings ÷ days)⌉ = ⌈free × days ÷ bookings⌉, in whole numbers
        long days = (freePlaces * daysObserved + bookings - 1) / bookings;
        return new SellOutForecast(Outlook.SELLS_OUT, rate, freePlaces, Optional.of(today.plusDays(days)));
    }
}
