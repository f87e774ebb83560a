package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * One opening period as the week form edits it: text fields as typed, and the reason the row was refused, shown
 * beside it. {@link #toPeriod()} turns it into the domain's period or says, in words, what is wrong.
 */
public class PeriodRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String day = DayOfWeek.MONDAY.name();
    private String opens = "09:00";
    private String closes = "14:00";
    private Integer slotMinutes = 30;
    private Integer places = 1;
    private List<String> procedures = new ArrayList<>();
    private String error;

    static PeriodRow of(OpeningPeriod period) {
        PeriodRow row = new PeriodRow();
        row.day = period.day().name();
        row.opens = period.hours().start().toString();
        row.closes = period.hours().end().toString();
        row.slotMinutes = (int) period.slotLength().toMinutes();
        row.places = period.placesPerSlot();
        row.procedures = period.procedures().stream().map(ProcedureCode::value).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        return row;
    }

    /** The same hours, slots, places and procedures on the next weekday: filling a week is one row and copies. */
    PeriodRow copyForNextDay() {
        PeriodRow copy = new PeriodRow();
        copy.day = day == null ? DayOfWeek.MONDAY.name() : DayOfWeek.valueOf(day).plus(1).name();
        copy.opens = opens;
        copy.closes = closes;
        copy.slotMinutes = slotMinutes;
        copy.places = places;
        copy.procedures = new ArrayList<>(procedures);
        return copy;
    }

    /** @throws InvalidValueException with the reason in words */
    OpeningPeriod toPeriod() {
        if (slotMinutes == null || places == null) {
            throw new InvalidValueException("places.notNumbers", "Slot length and places are whole numbers");
        }
        if (day == null || Arrays.stream(DayOfWeek.values()).noneMatch(d -> d.name().equals(day))) {
            throw new InvalidValueException("weekday.required", "Choose the weekday");
        }
        return new OpeningPeriod(DayOfWeek.valueOf(day), new TimeRange(time(opens), time(closes)),
                Duration.ofMinutes(slotMinutes), places,
                procedures.stream().map(ProcedureCode::new).collect(Collectors.toSet()));
    }

    private static LocalTime time(String typed) {
        try {
            return LocalTime.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("timeRange.malformed", "Write times as HH:MM, such as 09:00");
        }
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public List<String> getProcedures() {
        return procedures;
    }

    public void setProcedures(List<String> procedures) {
        this.procedures = procedures == null ? new ArrayList<>() : new ArrayList<>(procedures);
    }

    /** The codes chosen, so they show even when the list is scrolled away from them. */
    public String getChosen() {
        return procedures.stream().sorted().collect(Collectors.joining(", "));
    }

    public String getError() {
        return error;
    }

    void setError(String error) {
        this.error = error;
    }
}
