package mx.gob.inm.citas.adapters.web.console.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The office view's two Chart.js configurations (PrimeFaces 15's {@code <p:chart value="…"/>} takes one as JSON):
 * the places of each day as stacked bars, booked and free (together the places offered) beside attended and
 * no-shows, with the offered places as a line; and the backlog's trend, days to the next free place per procedure
 * and night. Labels are in the page's language and numbers in its locale; the JSON is safe inside a script element.
 */
final class DashboardCharts {

    /** The console's colours (see citas.css), then a few more for trends of many procedures. */
    private static final List<String> PALETTE = List.of("#611232", "#235b4e", "#b8860b", "#1f4e8c", "#7a3e9d",
            "#a4161a", "#3d6b00", "#5c5c5c");
    private static final String FREE = "#c9b2bc";
    private static final String NO_SHOW = "#d4a017";

    /** One factory: {@code Json.create…} looks the JSON-P provider up again at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private DashboardCharts() {
    }

    /** Stacked bars per day of {@code procedure}'s rows (the all-procedures rows for none). */
    static String places(List<DayFigures> days, Optional<ProcedureCode> procedure, Figures figures) {
        List<DayFigures> shown = days.stream().filter(d -> d.procedure().equals(procedure)).toList();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        shown.forEach(d -> labels.add(figures.shortDate(d.day())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(bars(figures.text("console.dashboard.booked"), shown, DayFigures::booked, "places",
                        PALETTE.get(0)))
                .add(bars(figures.text("console.dashboard.free"), shown, DayFigures::free, "places", FREE))
                .add(bars(figures.text("console.dashboard.attended"), shown, DayFigures::attended, "outcome",
                        PALETTE.get(1)))
                .add(bars(figures.text("console.dashboard.noShows"), shown, DayFigures::noShows, "outcome",
                        NO_SHOW))
                .add(JSON.createObjectBuilder().add("type", "line")
                        .add("label", figures.text("console.dashboard.offered"))
                        .add("data", series(shown, DayFigures::offered)).add("stack", "offered")
                        .add("borderColor", "#1b1b1b").add("backgroundColor", "#1b1b1b").add("borderWidth", 1)
                        .add("pointRadius", 2).add("order", 0));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", true))
                .add("y", JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("title", title(figures.text("console.dashboard.chart.places"))));
        return config("bar", labels, datasets, scales, figures.text("console.dashboard.chart.placesTitle"), figures);
    }

    /**
     * Days to the next free place per procedure at the end of each day, from {@code today} minus
     * {@value CapacityDashboardUseCase#TREND_DAYS} days on; a gap where a night was not measured.
     */
    static String trend(List<CapacitySnapshot> snapshots, LocalDate today, Figures figures, ProcedureNames names) {
        LocalDate first = today.minusDays(CapacityDashboardUseCase.TREND_DAYS);
        LocalDate last = today.minusDays(1);
        Map<ProcedureCode, Map<LocalDate, Long>> byProcedure = new LinkedHashMap<>();
        for (CapacitySnapshot snapshot : snapshots) {
            first = snapshot.day().isBefore(first) ? snapshot.day() : first;
            last = snapshot.day().isAfter(last) ? snapshot.day() : last;
            Map<LocalDate, Long> days = byProcedure.computeIfAbsent(snapshot.procedure(), p -> new TreeMap<>());
            snapshot.daysToNextFree().ifPresent(away -> days.put(snapshot.day(), away));
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            labels.add(figures.shortDate(day));
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<ProcedureCode, Map<LocalDate, Long>> procedure : byProcedure.entrySet()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Long away = procedure.getValue().get(day);
                if (away == null) {
                    data.addNull();
                } else {
                    data.add(away);
                }
            }
            String hue = PALETTE.get(colour++ % PALETTE.size());
            datasets.add(JSON.createObjectBuilder().add("label", names.of(procedure.getKey())).add("data", data)
                    .add("borderColor", hue).add("backgroundColor", hue).add("pointRadius", 1)
                    .add("spanGaps", false).add("tension", 0));
        }
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("y", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("title", title(figures.text("console.dashboard.chart.daysAway"))));
        return config("line", labels, datasets, scales, figures.text("console.dashboard.chart.trendTitle"), figures);
    }

    private static JsonObjectBuilder bars(String label, List<DayFigures> days, ToLongFunction<DayFigures> value,
            String stack, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", series(days, value)).add("stack", stack)
                .add("backgroundColor", colour).add("order", 1);
    }

    private static JsonArrayBuilder series(List<DayFigures> days, ToLongFunction<DayFigures> value) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        days.forEach(d -> data.add(value.applyAsLong(d)));
        return data;
    }

    private static JsonObjectBuilder title(String text) {
        return JSON.createObjectBuilder().add("display", true).add("text", text);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
            JsonObjectBuilder scales, String title, Figures figures) {
        JsonObject config = JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("locale", figures.numberLocale().toLanguageTag())
                        // drawn at once: a refresh every minute should not replay an animation
                        .add("animation", false).add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", scales)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("title", title(title))
                                .add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build();
        return scriptSafe(config.toString());
    }

    /**
     * The configuration is written into an inline script: no text in it (a procedure's name typed by staff) may end
     * that script. JSON's escapes keep the value and JavaScript reads it the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
