package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The first office-local day, as seen on {@code today}, with at least one place an applicant could book, and how
 * many days away it is (0: today). Empty, where it is asked for, when no place is free in the booking window.
 */
public record NextFreeDate(LocalDate date, LocalDate today) {

    public NextFreeDate {
        requirePresent(date, "Next free date");
        requirePresent(today, "Today");
        require(!date.isBefore(today), "The next free date cannot be in the past");
    }

    /** Days until the next free date: days between today and it. */
    public long daysAway() {
        return ChronoUnit.DAYS.between(today, date);
    }

    /** The earliest day with free places ({@code freePlacesByDay}: bookable places left per day), if any. */
    public static Optional<NextFreeDate> firstOf(Map<LocalDate, Long> freePlacesByDay, LocalDate today) {
        return freePlacesByDay.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !e.getKey().isBefore(today))
                .map(Map.Entry::getKey).min(LocalDate::compareTo)
                .map(day -> new NextFreeDate(day, today));
    }

    /** Of two outlooks, the one where people wait longer; none free (empty) is the worst. */
    public static Optional<NextFreeDate> worse(Optional<NextFreeDate> a, Optional<NextFreeDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return a.get().date().isAfter(b.get().date()) ? a : b;
    }
}
