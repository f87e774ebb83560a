package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public API of the real deployable on a real Payara Micro, called over HTTP like any external client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicApiIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @Test
    void the_offices_of_all_32_states_are_listed() {
        Http.Answer answer = get("api/v1/offices");

        assertThat(answer.status()).isEqualTo(200);
        JsonArray offices = answer.array();
        // The IT classes share one database, and the console's test adds offices named it-…: the seed's 42 are
        // all there, and nothing else is.
        assertThat(offices.stream().map(o -> o.asJsonObject().getString("id")).filter(id -> !id.startsWith("it-")))
                .hasSize(42).doesNotHaveDuplicates();
        assertThat(offices.stream().map(o -> o.asJsonObject().getString("state")).collect(Collectors.toSet()))
                .hasSize(32);
        assertThat(offices.getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("id", "name", "state", "city", "address", "timeZone");
    }

    @Test
    void one_office_is_found_by_id_and_an_unknown_one_is_a_404_problem() {
        JsonObject tijuana = get("api/v1/offices/bc-tijuana").object();
        assertThat(tijuana.getString("city")).isEqualTo("Tijuana");
        assertThat(tijuana.getString("timeZone")).isEqualTo("America/Tijuana");

        Http.Answer unknown = get("api/v1/offices/atlantis");
        assertProblem(unknown, 404, "atlantis");
    }

    @Test
    void procedures_speak_spanish_by_default_and_english_when_asked() {
        JsonArray spanish = get("api/v1/procedures").array();
        JsonArray english = Http.get(uri("api/v1/procedures"), "Accept-Language", "en-US,en;q=0.9").array();
        JsonArray french = Http.get(uri("api/v1/procedures"), "Accept-Language", "fr-FR").array();

        // the IT classes share one database, and the console's test adds procedures named PRUEBA-…
        List<JsonObject> seeded = spanish.getValuesAs(JsonObject.class).stream()
                .filter(p -> !p.getString("code").startsWith("PRUEBA-")).toList();
        assertThat(seeded).hasSize(22);
        assertThat(seeded.stream().filter(p -> p.getBoolean("bookableOnline"))).hasSize(18);
        JsonObject notification = find(spanish, "NOTIF-DOMICILIO");
        assertThat(notification.getString("name")).isEqualTo("Notificación de cambio de domicilio");
        assertThat(notification.getInt("durationMinutes")).isPositive();
        assertThat(notification.getJsonArray("requirements")).isNotEmpty();
        assertThat(find(english, "NOTIF-DOMICILIO").getString("name")).isEqualTo("Notification of change of address");
        assertThat(find(french, "NOTIF-DOMICILIO").getString("name")).isEqualTo(notification.getString("name"));
    }

    @Test
    void mexico_city_offers_slots_only_on_working_days_between_nine_and_half_past_two() {
        LocalDate today = LocalDate.now(MEXICO_CITY);
        JsonObject availability = get("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from="
                + today + "&to=" + today.plusDays(30)).object();

        assertThat(availability.getString("officeId")).isEqualTo("cdmx-ciudad-de-mexico");
        assertThat(availability.getString("procedure")).isEqualTo("CANJE-RT");
        assertThat(availability.getString("timeZone")).isEqualTo("America/Mexico_City");
        List<JsonObject> days = availability.getJsonArray("days").getValuesAs(JsonObject.class);
        assertThat(days).hasSizeGreaterThan(15);
        for (JsonObject day : days) {
            LocalDate date = LocalDate.parse(day.getString("date"));
            assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(FederalRestDays.on(date)).as("rest day %s", date).isEmpty();
            for (JsonObject slot : day.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                OffsetDateTime start = OffsetDateTime.parse(slot.getString("start"));
                assertThat(start.toLocalDate()).isEqualTo(date);
                assertThat(start.getOffset()).isEqualTo(MEXICO_CITY.getRules().getOffset(start.toInstant()));
                assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(14, 0));
                assertThat(slot.getInt("remaining")).isBetween(1, 8);
            }
        }
    }

    @Test
    void border_offices_show_their_own_offset_on_every_slot() {
        ZoneId tijuana = ZoneId.of("America/Tijuana");
        LocalDate today = LocalDate.now(tijuana);
        JsonObject availability = get("api/v1/offices/bc-tijuana/availability?procedure=RENOV-RT&from=" + today
                + "&to=" + today.plusDays(92)).object();

        List<JsonObject> slots = availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            OffsetDateTime start = OffsetDateTime.parse(slot.getString("start"));
            assertThat(start.getOffset()).isEqualTo(tijuana.getRules().getOffset(start.toInstant()));
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(14, 0));
        });
    }

    @Test
    void malformed_reversed_or_too_long_ranges_are_400_problems_that_say_why() {
        String path = "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT";
        assertProblem(get(path + "&from=2026-02-30"), 400, "YYYY-MM-DD");
        assertProblem(get(path + "&from=tomorrow"), 400, "from");
        // said in the request's language (Spanish without Accept-Language), with the refusal's stable code
        Http.Answer reversed = get(path + "&from=2027-01-10&to=2027-01-01");
        assertProblem(reversed, 400, "anterior");
        assertThat(reversed.object().getString("code")).isEqualTo("dateRange.reversed");
        assertProblem(Http.get(uri(path + "&from=2027-01-10&to=2027-01-01"), "Accept-Language", "en"), 400,
                "before");
        assertProblem(get(path + "&from=2027-01-01&to=2027-06-01"), 400, "92");
        assertProblem(get("api/v1/offices/cdmx-ciudad-de-mexico/availability"), 400, "trámite");
    }

    @Test
    void procedures_that_cannot_be_booked_there_are_422_problems_and_unknown_offices_404() {
        assertProblem(get("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=REGULARIZ-VENCIDO"), 422,
                "en persona");
        assertProblem(get("api/v1/offices/yuc-merida/availability?procedure=VISITANTE-HUM"), 422, "no ofrece");
        assertProblem(get("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=NO-SUCH"), 422, "NO-SUCH");
        assertProblem(get("api/v1/offices/atlantis/availability?procedure=CANJE-RT"), 404, "atlantis");
        assertThat(get("api/v1/offices/chis-tapachula/availability?procedure=VISITANTE-HUM").status())
                .isEqualTo(200);
    }

    @Test
    void no_input_makes_the_api_answer_500() {
        // The HTTP server itself refuses a NUL in the path, before the application sees it: a bare 400.
        assertThat(get("api/v1/offices/%00").status()).isEqualTo(400);
        List<String> hostile = List.of("api/v1/offices/" + "x".repeat(5000), "api/v1/offices/a%2Fb",
                "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=" + encode("' OR 1=1 --"),
                "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=" + encode("2026-01-01T00:00"),
                "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=-999999999-01-01",
                "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=9999-12-31&to=9999-12-31",
                "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=0001-01-01&to=0001-01-02",
                "api/v1/offices/" + encode("ñandú") + "/availability?procedure=" + encode("trámite"),
                "api/v1/procedures/../offices", "api/v1/no-such-resource");
        for (String path : hostile) {
            Http.Answer answer = get(path);
            assertThat(answer.status()).as(path).isLessThan(500);
            if (answer.status() >= 400 && path.startsWith("api/v1/")) {
                assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            }
        }
    }

    private static JsonObject find(JsonArray procedures, String code) {
        return procedures.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("code").equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void every_error_under_the_api_is_a_problem_even_those_the_container_answers() {
        assertProblem(get("api/v1/no-such-thing"), 404, "nothing at this address");
        assertProblem(get("api/v1"), 404, "nothing at this address");
        assertProblem(Http.call("PUT", uri("api/v1/offices"), "{}"), 405, "method");
        assertProblem(Http.call("FROB", uri("api/v1/offices"), null), 405, "method");
        assertProblem(Http.call("OPTIONS", uri("openapi"), null), 405, "method");
        assertProblem(get("api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=%2B999999999-12-31"),
                400, "YYYY-MM-DD");
        assertProblem(Http.get(uri("api/v1/offices/cdmx-ciudad-de-mexico"), "Accept", "text/html"), 406, "JSON");
        assertProblem(Http.call("POST", uri("api/v1/appointments"), "{\"officeId\":\"" + "x".repeat(70_000) + "\"}"),
                413, "64 KiB");
        assertProblem(Http.send(java.net.http.HttpRequest.newBuilder(uri("api/v1/appointments"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(("{\"officeId\":\"" + "x".repeat(200_000) + "\"}")
                                .getBytes())))
                .build()), 413, "64 KiB");
        assertProblem(Http.call("POST", uri("api/v1/appointments"), "{\"start\":\"+999999999-12-31T09:00:00Z\"}"),
                400, "Revise estos datos de la solicitud");
        Http.Answer page = get("no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Permissions-Policy")).contains("camera=()");
    }

    private static void assertProblem(Http.Answer answer, int status, String detailMentions) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject problem = answer.object();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("detail")).containsIgnoringCase(detailMentions);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    private Http.Answer get(String path) {
        return Http.get(uri(path));
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
