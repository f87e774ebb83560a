package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The first office-local day, as seen on {@code today}, with at least one place an applicant could book, and how
 * many days away it is (0: today). Empty, where it is asked for, when no place is free in the booking window.
 */
public record NextFreeDate(LocalDate date, LocalDate today) {

    public NextFreeDate {
        requirePresent(date, "internal", "Next free date");
        requirePresent(today, "internal", "Today");
        require(!date.isBefore(today), "internal.nextFreeDay", "The next free date cannot be in the past");
    }

    /** Days until the next free date: days between today and it. */
    public long daysAway() {
        return ChronoUnit.DAYS.between(today, date);
    }

    /**
     * The next free date of each of {@code procedures}, as seen on {@code today}: the day of the first of
     * {@code bookable} (slots an applicant may book now, in order of start) that serves the procedure and has a
     * place free. A procedure with none is absent from the answer.
     */
    public static Map<ProcedureCode, NextFreeDate> of(Collection<ProcedureCode> procedures,
            List<OfferedSlot> bookable, TakenPlaces taken, LocalDate today) {
        Map<ProcedureCode, NextFreeDate> found = new HashMap<>();
        for (OfferedSlot slot : bookable) {
            if (found.size() == procedures.size()) {
                break;
            }
            if (slot.free(taken) > 0) {
                for (ProcedureCode procedure : slot.procedures()) {
                    if (procedures.contains(procedure) && !found.containsKey(procedure)) {
                        found.put(procedure, new NextFreeDate(slot.day(), today));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Of the procedures' next free dates, the procedure whose applicants wait longest: none free in the booking window
     * is the longest wait; of equal waits, the first code in alphabetical order. Empty only when there is none.
     */
    public static Optional<ProcedureCode> longestWait(Map<ProcedureCode, Optional<NextFreeDate>> nextFree) {
        Comparator<Map.Entry<ProcedureCode, Optional<NextFreeDate>>> byWait = Comparator.comparing(
                e -> e.getValue().map(NextFreeDate::daysAway).orElse(Long.MAX_VALUE));
        return nextFree.entrySet().stream()
                .max(byWait.thenComparing(e -> e.getKey().value(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
