package mx.gob.inm.citas.adapters.web.pages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.application.port.in.FindAvailabilityUseCase;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.DayAvailability;
import mx.gob.inm.citas.domain.availability.FreeSlot;

/**
 * The month calendar of one procedure at one office: which days of the shown month have free places, the times
 * of the chosen day, and, when the month has none, the next free date. Times are the office's local times.
 */
public class SlotPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cell of the month grid; {@code date} is null for the padding before the 1st and after the last day. */
    public record DayCell(LocalDate date, int places, boolean selected) implements Serializable {

        public boolean isFree() {
            return places > 0;
        }

        public boolean isInMonth() {
            return date != null;
        }

        public int getPlaces() {
            return places;
        }

        public boolean isSelected() {
            return selected;
        }

        public String getIso() {
            return date == null ? "" : date.toString();
        }

        public int getDayOfMonth() {
            return date == null ? 0 : date.getDayOfMonth();
        }

        public String getLabel() {
            return date == null ? "" : Texts.text(places > 0 ? "calendar.dayFree" : "calendar.dayFull",
                    Texts.date(date), places);
        }
    }

    /** A free time of the chosen day. */
    public record TimeOption(ZonedDateTime start, int places) implements Serializable {

        public String getIso() {
            return start.toInstant().toString();
        }

        public String getTime() {
            return Texts.time(start);
        }

        public int getPlaces() {
            return places;
        }
    }

    private final String officeId;
    private final String procedureCode;
    private final DateRange bookable;
    private YearMonth month;
    private final Map<LocalDate, List<FreeSlot>> days = new TreeMap<>();
    private LocalDate selected;
    private ZonedDateTime nextFree;

    SlotPicker(FindAvailabilityUseCase availability, String officeId, String procedureCode) {
        this.officeId = officeId;
        this.procedureCode = procedureCode;
        this.bookable = availability.bookableDays(officeId);
        this.month = YearMonth.from(bookable.from());
        load(availability);
        if (days.isEmpty() && nextFree != null) {
            showNextFree(availability);
        }
    }

    /** Loads the shown month again (after a place was taken elsewhere, say); keeps the chosen day if still free. */
    void load(FindAvailabilityUseCase availability) {
        days.clear();
        nextFree = null;
        LocalDate from = max(month.atDay(1), bookable.from());
        LocalDate to = min(month.atEndOfMonth(), bookable.to());
        if (!from.isAfter(to)) {
            for (DayAvailability day : availability.findAvailability(new AvailabilityQuery(officeId, procedureCode,
                    Optional.of(from), Optional.of(to))).days()) {
                days.put(day.date(), day.slots());
            }
        }
        if (days.isEmpty()) {
            LocalDate after = max(month.atEndOfMonth().plusDays(1), bookable.from());
            nextFree = availability.nextFreeSlot(officeId, procedureCode, after).map(FreeSlot::start).orElse(null);
        }
        if (selected != null && !days.containsKey(selected)) {
            selected = null;
        }
    }

    void previousMonth(FindAvailabilityUseCase availability) {
        if (isPreviousAllowed()) {
            month = month.minusMonths(1);
            selected = null;
            load(availability);
        }
    }

    void nextMonth(FindAvailabilityUseCase availability) {
        if (isNextAllowed()) {
            month = month.plusMonths(1);
            selected = null;
            load(availability);
        }
    }

    void showNextFree(FindAvailabilityUseCase availability) {
        if (nextFree != null) {
            LocalDate day = nextFree.toLocalDate();
            month = YearMonth.from(day);
            load(availability);
            select(day);
        }
    }

    void select(LocalDate day) {
        selected = day != null && days.containsKey(day) ? day : null;
    }

    /** The free place at {@code instant} of the chosen day, if it is one. */
    Optional<ZonedDateTime> freeStart(Instant instant) {
        return days.values().stream().flatMap(List::stream).map(FreeSlot::start)
                .filter(start -> start.toInstant().equals(instant)).findFirst();
    }

    public boolean isPreviousAllowed() {
        return month.isAfter(YearMonth.from(bookable.from()));
    }

    public boolean isNextAllowed() {
        return month.isBefore(YearMonth.from(bookable.to()));
    }

    public String getMonthTitle() {
        Locale locale = Texts.locale();
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    /** Monday first, as calendars in Mexico are printed. */
    public List<String> getWeekdays() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, Texts.locale()));
        }
        return names;
    }

    public List<String> getWeekdayNames() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.FULL_STANDALONE, Texts.locale()));
        }
        return names;
    }

    public List<List<DayCell>> getWeeks() {
        List<List<DayCell>> weeks = new ArrayList<>();
        List<DayCell> week = new ArrayList<>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(new DayCell(null, 0, false));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            int places = days.getOrDefault(date, List.of()).stream().mapToInt(FreeSlot::remaining).sum();
            week.add(new DayCell(date, places, date.equals(selected)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new DayCell(null, 0, false));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public List<TimeOption> getTimes() {
        return selected == null ? List.of()
                : days.get(selected).stream().map(s -> new TimeOption(s.start(), s.remaining())).toList();
    }

    public boolean isMonthEmpty() {
        return days.isEmpty();
    }

    public boolean isDaySelected() {
        return selected != null;
    }

    public String getSelectedDate() {
        return selected == null ? "" : Texts.date(selected);
    }

    /** The next date with places after an empty month, in words; empty when there is none in the window. */
    public String getNextFreeDate() {
        return nextFree == null ? "" : Texts.date(nextFree);
    }

    public boolean isNextFreeKnown() {
        return nextFree != null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
