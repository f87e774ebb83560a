package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The backlog of one procedure at one office at the end of an office-local {@code day}: the day's bookings and
 * cancellations, and, when the nightly job ran that night, the places offered and free in the booking window and the
 * next free date. A day the job missed and filled in later has no {@link Measured measurement}: what the window
 * looked like that night is gone.
 */
public record CapacitySnapshot(OfficeId office, ProcedureCode procedure, LocalDate day, Instant takenAt,
        Optional<Measured> measured, long bookings, long cancellations) {

    /** The booking window as the job saw it that night. */
    public record Measured(long offeredPlaces, long freePlaces, Optional<LocalDate> nextFreeDay) {

        public Measured {
            require(offeredPlaces >= 0 && freePlaces >= 0 && freePlaces <= offeredPlaces, "internal.places",
                    "Places do not add up");
            nextFreeDay = requirePresent(nextFreeDay, "internal", "Next free day");
        }
    }

    public CapacitySnapshot {
        requirePresent(office, "internal", "Office");
        requirePresent(procedure, "internal", "Procedure");
        requirePresent(day, "internal", "Day");
        requirePresent(takenAt, "internal", "Taken at");
        measured = requirePresent(measured, "internal", "Measurement");
        require(bookings >= 0 && cancellations >= 0, "internal.negative", "Counts cannot be negative");
        measured.flatMap(Measured::nextFreeDay).ifPresent(next -> require(next.isAfter(day), "internal.nextFreeDay",
                "The next free day comes after the day"));
    }

    /**
     * The next free date as measured that night, seen from the morning after the day (when it was measured, and when
     * whoever looked for a place would first have found it): the same figure the dashboard shows live.
     */
    public Optional<NextFreeDate> nextFree() {
        return measured.flatMap(Measured::nextFreeDay).map(next -> new NextFreeDate(next, day.plusDays(1)));
    }

    /** Days until the {@link #nextFree next free date}; empty when not measured or nothing was free. */
    public Optional<Long> daysToNextFree() {
        return nextFree().map(NextFreeDate::daysAway);
    }
}
