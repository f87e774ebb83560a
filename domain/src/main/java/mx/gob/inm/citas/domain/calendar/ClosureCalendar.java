package mx.gob.inm.citas.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Whether one office is closed on a given day, and why: a federal rest day or one of the closures that apply to
 * it (its own and the nationwide ones).
 */
public final class ClosureCalendar {

    private final OfficeId office;
    private final List<Closure> closures;

    public ClosureCalendar(OfficeId office, List<Closure> closures) {
        this.office = office;
        this.closures = closures.stream().filter(c -> c.appliesTo(office)).toList();
    }

    public OfficeId office() {
        return office;
    }

    public boolean isClosed(LocalDate day) {
        return reasonClosed(day).isPresent();
    }

    /** Why the office is closed on {@code day}, or empty when it is not. */
    public Optional<String> reasonClosed(LocalDate day) {
        Optional<String> restDay = FederalRestDays.on(day).map(FederalRestDays.RestDay::name);
        if (restDay.isPresent()) {
            return restDay;
        }
        return closures.stream().filter(c -> c.covers(day)).map(Closure::reason).findFirst();
    }
}
