package mx.gob.inm.citas.adapters.web.console.dashboard;

import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.CANCUN;
import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.CANJE;
import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.RENOV;
import static mx.gob.inm.citas.adapters.web.console.dashboard.DashboardFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations the office view hands to {@code <p:chart>}, read back as JSON. */
class DashboardChartsTest {

    private final Figures spanish = new Figures(Locale.forLanguageTag("es"));

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray data(JsonObject config, int dataset) {
        return config.getJsonObject("data").getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data");
    }

    @Test
    void the_places_chart_stacks_booked_and_free_beside_attended_and_no_shows_per_day_of_the_procedure_shown() {
        JsonObject config = parse(DashboardCharts.places(DashboardFixtures.cancunOffice(Optional.empty()).days(),
                Optional.empty(), spanish));

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("lun 1 mar.", "mar 2 mar.",
                        "mié 3 mar.");
        JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(d -> d.getString("label"))
                .containsExactly("Reservados", "Libres", "Atendidas", "No se presentaron", "Ofrecidos");
        assertThat(datasets.getValuesAs(JsonObject.class)).extracting(d -> d.getString("stack"))
                .containsExactly("places", "places", "outcome", "outcome", "offered");
        assertThat(data(config, 0).toString()).as("booked, all procedures").isEqualTo("[2,10,0]");
        assertThat(data(config, 1).toString()).as("free").isEqualTo("[0,45,0]");
        assertThat(data(config, 2).toString()).as("attended").isEqualTo("[1,0,0]");
        assertThat(data(config, 3).toString()).as("no-shows").isEqualTo("[1,0,0]");
        assertThat(data(config, 4).toString()).as("offered").isEqualTo("[55,55,0]");
        assertThat(datasets.getJsonObject(4).getString("type")).isEqualTo("line");
        JsonObject options = config.getJsonObject("options");
        assertThat(options.getString("locale")).isEqualTo("es-MX");
        assertThat(options.getBoolean("animation")).isFalse();
        assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked")).isTrue();

        JsonObject renewals = parse(DashboardCharts.places(DashboardFixtures.cancunOffice(Optional.empty()).days(),
                Optional.of(RENOV), spanish));
        assertThat(data(renewals, 0).toString()).as("booked in the slots renewals share with exchanges")
                .isEqualTo("[0,10,0]");
    }

    @Test
    void no_name_typed_by_staff_can_end_the_script_the_configuration_is_written_into() {
        List<DayFigures> days = List.of(new DayFigures(TODAY, Optional.empty(), new PlaceCounts(5, 1, 4), 1, 0, 0));
        Procedure sly = Procedure.create(CANJE, new LocalizedText("Canje</script><script>alert(1)</script>",
                "x"), java.time.Duration.ofMinutes(30), List.of(new LocalizedText("a", "a")), true);
        ProcedureNames names = new ProcedureNames(List.of(sly), Language.SPANISH, spanish);
        CapacitySnapshot snapshot = new CapacitySnapshot(CANCUN, CANJE, TODAY.minusDays(1), Instant.now(),
                Optional.empty(), 0, 0);

        String trend = DashboardCharts.trend(List.of(snapshot), TODAY, spanish, names);

        assertThat(trend).doesNotContain("<", ">");
        assertThat(parse(trend).getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"))
                .as("the same text once read").isEqualTo("Canje</script><script>alert(1)</script>");
        assertThat(DashboardCharts.places(days, Optional.empty(), spanish)).doesNotContain("<");
    }

    @Test
    void the_trend_has_a_point_per_measured_night_and_a_gap_where_a_night_was_not_measured() {
        ProcedureNames names = new ProcedureNames(DashboardFixtures.catalogue(), Language.ENGLISH,
                new Figures(Locale.ENGLISH));
        List<CapacitySnapshot> trend = DashboardFixtures.cancunOffice(Optional.empty()).trend();

        JsonObject config = parse(DashboardCharts.trend(trend, TODAY, new Figures(Locale.ENGLISH), names));

        assertThat(config.getString("type")).isEqualTo("line");
        JsonArray labels = config.getJsonObject("data").getJsonArray("labels");
        assertThat(labels).as("from 90 days ago to yesterday").hasSize(CapacityDashboardUseCase.TREND_DAYS);
        assertThat(labels.getString(0)).isEqualTo("Wed 2 Dec");
        assertThat(labels.getString(labels.size() - 1)).isEqualTo("Mon 1 Mar");
        JsonArray exchanges = data(config, 0);
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"))
                .isEqualTo("Visa exchange");
        assertThat(exchanges.getJsonNumber(labels.size() - 2).longValue()).as("28 Feb, measured the morning of 1 Mar: next free 5 Mar")
                .isEqualTo(4);
        assertThat(exchanges.get(labels.size() - 1)).as("1 Mar was filled in, not measured")
                .isEqualTo(JsonValue.NULL);
        assertThat(exchanges.get(0)).isEqualTo(JsonValue.NULL);
        assertThat(config.getJsonObject("options").getString("locale")).isEqualTo("en");
    }

    @Test
    void a_trend_without_any_night_still_draws_its_axis_of_days() {
        ProcedureNames names = new ProcedureNames(DashboardFixtures.catalogue(), Language.SPANISH, spanish);

        JsonObject config = parse(DashboardCharts.trend(List.of(), LocalDate.of(2027, 3, 2), spanish, names));

        assertThat(config.getJsonObject("data").getJsonArray("labels")).hasSize(90);
        assertThat(config.getJsonObject("data").getJsonArray("datasets")).isEmpty();
    }
}
