package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.HourFigures;
import mx.gob.inm.citas.domain.capacity.Utilisation;

/**
 * Which hours fill first: a day × hour table of utilisation, each cell shaded by its share booked (six steps) and
 * saying the percentage in text, so that the shade is never the only way to read it.
 */
public final class HeatMap implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shades from nothing booked to full. */
    static final int LEVELS = 6;

    /** One cell: an hour of a day; {@code level} -1 where the office offers nothing that hour. */
    public record Cell(int hour, String text, String title, int level) implements Serializable {

        public String getText() {
            return text;
        }

        public String getTitle() {
            return title;
        }

        public String getStyleClass() {
            return level < 0 ? "heat-none" : "heat-" + level;
        }
    }

    /** One day of the table. */
    public record Row(LocalDate day, String dayText, List<Cell> cells) implements Serializable {

        public String getDayText() {
            return dayText;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    private final List<String> hours;
    private final List<Row> rows;

    HeatMap(List<HourFigures> figures, Figures format) {
        TreeSet<Integer> hoursOffered = new TreeSet<>();
        Map<LocalDate, Map<Integer, HourFigures>> byDay = new TreeMap<>();
        for (HourFigures hour : figures) {
            hoursOffered.add(hour.hour());
            byDay.computeIfAbsent(hour.day(), d -> new TreeMap<>()).put(hour.hour(), hour);
        }
        List<Integer> span = new ArrayList<>();
        if (!hoursOffered.isEmpty()) {
            for (int h = hoursOffered.first(); h <= hoursOffered.last(); h++) {
                span.add(h);
            }
        }
        hours = span.stream().map(h -> String.format("%02d:00", h)).toList();
        List<Row> table = new ArrayList<>();
        byDay.forEach((day, ofDay) -> {
            List<Cell> cells = new ArrayList<>();
            for (int h : span) {
                HourFigures hour = ofDay.get(h);
                cells.add(hour == null || hour.offered() == 0 ? new Cell(h, Figures.NONE,
                        format.text("console.dashboard.heat.none"), -1) : cell(hour, format));
            }
            table.add(new Row(day, format.shortDate(day), cells));
        });
        rows = table;
    }

    private static Cell cell(HourFigures hour, Figures format) {
        Utilisation used = hour.utilisation();
        double ratio = used.ratio().orElse(0);
        int level = (int) Math.min(LEVELS - 1, Math.floor(ratio * (LEVELS - 1)));
        return new Cell(hour.hour(), format.percent(used.ratio()), format.text("console.dashboard.heat.cell",
                format.count(hour.booked()), format.count(hour.offered())), level);
    }

    /** "08:00", "09:00"… from the first hour any day offers to the last. */
    public List<String> getHours() {
        return hours;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Whether any day of the range offers places (EL reserves "empty"). */
    public boolean isShown() {
        return !rows.isEmpty();
    }
}
