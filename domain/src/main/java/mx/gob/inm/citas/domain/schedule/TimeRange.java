package mx.gob.inm.citas.domain.schedule;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.time.LocalTime;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/** A span of wall-clock time within one day, start inclusive and end exclusive; it never crosses midnight. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        requirePresent(start, "timeRangeStart", "Start time");
        requirePresent(end, "timeRangeEnd", "End time");
        if (!start.isBefore(end)) { // the message is built only for a refusal: ranges are made for every slot
            throw new InvalidValueException("timeRange.reversed", "A time range must start (" + start
                    + ") before it ends (" + end + ")", start, end);
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
