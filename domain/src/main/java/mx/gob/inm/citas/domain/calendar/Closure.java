package mx.gob.inm.citas.domain.calendar;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Days, inclusive, when one office (or, without an office, every office) is closed beyond the federal rest
 * days: Holy Week, 2 November, works, an emergency.
 */
public record Closure(Optional<OfficeId> office, LocalDate firstDay, LocalDate lastDay, String reason) {

    public static final int MAX_DAYS = 366;

    public Closure {
        requirePresent(office, "Office (or none for a nationwide closure)");
        requirePresent(firstDay, "First day");
        requirePresent(lastDay, "Last day");
        require(!lastDay.isBefore(firstDay), "A closure cannot end (" + lastDay + ") before it starts ("
                + firstDay + ")");
        require(ChronoUnit.DAYS.between(firstDay, lastDay) < MAX_DAYS, "A closure lasts at most a year");
        reason = requireText(reason, "Reason");
    }

    public static Closure nationwide(LocalDate firstDay, LocalDate lastDay, String reason) {
        return new Closure(Optional.empty(), firstDay, lastDay, reason);
    }

    public static Closure ofOffice(OfficeId office, LocalDate firstDay, LocalDate lastDay, String reason) {
        return new Closure(Optional.of(office), firstDay, lastDay, reason);
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
