package mx.gob.inm.citas.domain.schedule;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The week of an office: the opening periods of each weekday. Periods of the same day never overlap, so a
 * moment of the week belongs to at most one period and a slot has exactly one number of places.
 */
public record WeeklySchedule(OfficeId office, List<OpeningPeriod> periods) {

    private static final Comparator<OpeningPeriod> BY_DAY_AND_START =
            Comparator.comparing(OpeningPeriod::day).thenComparing(p -> p.hours().start());

    public WeeklySchedule {
        requirePresent(office, "internal", "Office");
        periods = requirePresent(periods, "internal", "Opening periods").stream().sorted(BY_DAY_AND_START).toList();
        for (int i = 1; i < periods.size(); i++) {
            OpeningPeriod previous = periods.get(i - 1);
            OpeningPeriod current = periods.get(i);
            require(previous.day() != current.day() || !previous.hours().overlaps(current.hours()),
                    "timeRange.overlaps",
                    "Opening periods on " + current.day() + " overlap: " + previous.hours() + " and "
                            + current.hours(), current.day(), previous.hours().start(), previous.hours().end(),
                            current.hours().start(), current.hours().end());
        }
    }

    /** A schedule with no opening at all: the office books nothing. */
    public static WeeklySchedule closed(OfficeId office) {
        return new WeeklySchedule(office, List.of());
    }

    public List<OpeningPeriod> periodsOn(DayOfWeek day) {
        return periods.stream().filter(p -> p.day() == day).toList();
    }

    /** Whether any period of the week serves {@code procedure}. */
    public boolean offers(ProcedureCode procedure) {
        return periods.stream().anyMatch(p -> p.serves(procedure));
    }

    /** The procedures some period of the week serves, in order of their codes. */
    public List<ProcedureCode> procedures() {
        return periods.stream().flatMap(p -> p.procedures().stream()).distinct()
                .sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }
}
