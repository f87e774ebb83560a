package mx.gob.inm.citas.domain.calendar;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * Days, inclusive, when one office (or, without an office, every office) is closed beyond the federal rest
 * days: Holy Week, 2 November, works, an emergency.
 */
public record Closure(Optional<OfficeId> office, LocalDate firstDay, LocalDate lastDay, String reason) {

    public static final int MAX_DAYS = 366;
    /** What the database keeps of a reason, in characters. */
    public static final int MAX_REASON_LENGTH = 200;
    /**
     * How far ahead a closure may start: further is almost surely a mistyped year, and the console lists the
     * closures this far ahead.
     */
    public static final Period FURTHEST_AHEAD = Period.ofYears(2);

    public Closure {
        requirePresent(office, "internal", "Office (or none for a nationwide closure)");
        requirePresent(firstDay, "closureFirstDay", "First day");
        requirePresent(lastDay, "closureLastDay", "Last day");
        require(!lastDay.isBefore(firstDay), "closure.reversed", "A closure cannot end (" + lastDay
                + ") before it starts ("
                + firstDay + ")", firstDay, lastDay);
        require(ChronoUnit.DAYS.between(firstDay, lastDay) < MAX_DAYS, "closure.tooLong",
                "A closure lasts at most a year");
        // Typed by staff and sent in the apology to every applicant the closure cancels.
        reason = requireText(TypedText.safe(reason, "closureReason", "Reason"), "closureReason", "Reason");
        require(reason.length() <= MAX_REASON_LENGTH, "closureReason.tooLong", "A reason has at most "
                + MAX_REASON_LENGTH + " characters", MAX_REASON_LENGTH);
    }

    public static Closure nationwide(LocalDate firstDay, LocalDate lastDay, String reason) {
        return new Closure(Optional.empty(), firstDay, lastDay, reason);
    }

    public static Closure ofOffice(OfficeId office, LocalDate firstDay, LocalDate lastDay, String reason) {
        return new Closure(Optional.of(office), firstDay, lastDay, reason);
    }

    /**
     * Refuses a closure announced on {@code today} (the office's date) that starts in the past, where there is
     * nothing left to close and appointments already happened, or later than {@link #FURTHEST_AHEAD}.
     */
    public void checkCanBeAnnouncedOn(LocalDate today) {
        require(!firstDay.isBefore(today), "closure.inThePast", "A closure cannot start in the past (" + firstDay
                + "; today is " + today
                + ")", firstDay, today);
        require(!firstDay.isAfter(today.plus(FURTHEST_AHEAD)), "closure.tooFarAhead", "A closure can start at most "
                + FURTHEST_AHEAD.getYears() + " years ahead (" + firstDay + ")", FURTHEST_AHEAD.getYears());
    }

    /**
     * Refuses to remove, on {@code today} (the office's date), a closure that has already begun: its days are being
     * lived or have been, and the agenda and the figures count them as closed. A closure ahead may be removed (its
     * days open again; the appointments it cancelled stay cancelled, their applicants were told).
     */
    public void checkCanBeRemovedOn(LocalDate today) {
        require(firstDay.isAfter(today), "closure.begun", "Only a closure that has not begun can be removed ("
                + firstDay + "; today is " + today + ")", firstDay);
    }

    public boolean isNationwide() {
        return office.isEmpty();
    }

    public boolean appliesTo(OfficeId candidate) {
        return office.map(candidate::equals).orElse(true);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
