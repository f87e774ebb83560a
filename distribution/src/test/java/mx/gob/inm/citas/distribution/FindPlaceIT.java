package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Find a place anywhere" on the real deployable: the API that lists every office serving a procedure with its next
 * free place, checked against each office's own calendar, and the search page in headless Chromium (Spanish on a
 * desktop, English on a phone; axe on every state; screenshots in {@code target/screenshots/}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindPlaceIT {

    private static final String PROCEDURE = "CANJE-RT";
    private static final String SPANISH_DAY = "(lunes|martes|miércoles|jueves|viernes|sábado|domingo) \\d{1,2} de"
            + " (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre),"
            + " \\d\\d:\\d\\d, hora del (Centro|Sureste|Pacífico|Noroeste).*";

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void a_browser_is_there() {
        // not skipped when missing: a browser test that quietly does not run proves nothing
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
    }

    // ---- the API

    @Test
    void the_whole_country_is_listed_nearest_first_and_each_place_is_the_first_of_that_office_calendar() {
        JsonObject found = null;
        List<String> mismatches = List.of();
        // the booking window's lead time moves on while the offices' calendars are read: read again if it did
        for (int attempt = 0; attempt < 3; attempt++) {
            found = get("api/v1/next-free-places?procedure=" + PROCEDURE).object();
            mismatches = mismatchesWithTheCalendars(found);
            if (mismatches.isEmpty() && found.equals(get("api/v1/next-free-places?procedure=" + PROCEDURE).object())) {
                break;
            }
        }
        assertThat(mismatches).as("offices whose next free place is not the first of their calendar").isEmpty();
        assertThat(found.getString("procedure")).isEqualTo(PROCEDURE);
        assertThat(found.getInt("daysAhead")).isEqualTo(90);
        JsonArray offices = found.getJsonArray("offices");
        // the demo catalogue has an office in each of the 32 states, and every one serves the exchange online
        assertThat(offices.stream().map(o -> o.asJsonObject().getString("stateCode")).distinct()).hasSize(32);
        assertThat(found.getJsonNumber("officesWithPlaces").longValue()).isPositive();
        LocalDate previous = LocalDate.MIN;
        boolean noneSeen = false;
        for (JsonValue value : offices) {
            JsonObject office = value.asJsonObject();
            if (office.containsKey("nextFreeDate")) {
                assertThat(noneSeen).as("an office with a place after one without").isFalse();
                LocalDate date = LocalDate.parse(office.getString("nextFreeDate"));
                assertThat(date).as(office.getString("officeId")).isAfterOrEqualTo(previous);
                previous = date;
                OffsetDateTime start = OffsetDateTime.parse(office.getString("nextFreeStart"));
                assertThat(start.atZoneSameInstant(ZoneId.of(office.getString("timeZone"))).toOffsetDateTime())
                        .as("the start carries the office's own offset").isEqualTo(start);
                assertThat(office.getInt("remaining")).isPositive();
            } else {
                noneSeen = true;
            }
        }
    }

    @Test
    void a_state_narrows_the_list_and_the_procedure_name_follows_the_language() {
        Http.Answer spanish = get("api/v1/next-free-places?procedure=" + PROCEDURE + "&state=bc");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.header("Content-Language")).isEqualTo("es");
        JsonObject found = spanish.object();
        assertThat(found.getString("state")).isEqualTo("BC");
        assertThat(found.getJsonArray("offices")).extracting(o -> o.asJsonObject().getString("officeId"))
                .contains("bc-tijuana", "bc-mexicali").allMatch(id -> id.startsWith("bc-"));
        Http.Answer english = Http.get(uri("api/v1/next-free-places?procedure=" + PROCEDURE + "&state=BC"),
                "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.header("Content-Language")).isEqualTo("en");
        assertThat(english.object().getString("procedureName")).isNotEqualTo(found.getString("procedureName"));
    }

    @Test
    void bad_procedures_and_states_are_problems_in_the_request_language() {
        assertProblem(get("api/v1/next-free-places?procedure=" + PROCEDURE + "&state=XX"), 422, "unknown-state",
                "state.unknown", "No hay ninguna entidad federativa con la clave «XX»");
        assertProblem(Http.get(uri("api/v1/next-free-places?procedure=" + PROCEDURE + "&state=XX"),
                "Accept-Language", "en"), 422, "unknown-state", "state.unknown",
                "There is no federal entity with the code “XX”");
        assertProblem(get("api/v1/next-free-places?procedure=NO-SUCH"), 422, "unknown-procedure", "procedure.notFound",
                "No existe el trámite «NO-SUCH»");
        assertProblem(Http.get(uri("api/v1/next-free-places?procedure=REGULARIZ-VENCIDO"), "Accept-Language",
                "en-GB"), 422, "procedure-in-person-only", "procedure.inPersonOnly",
                "The procedure “REGULARIZ-VENCIDO” is not booked online");
        assertProblem(get("api/v1/next-free-places"), 400, "invalid-request", "procedureCode.blank",
                "Elija un trámite.");
        assertProblem(get("api/v1/next-free-places?procedure=%27%20OR%201%3D1%20--"), 422, "unknown-procedure",
                "procedure.notFound", "No existe el trámite «' OR 1=1 --»");
        assertThat(Http.get(uri("openapi")).body()).contains("/api/v1/next-free-places:", "unknown");
    }

    @Test
    void the_whole_country_is_answered_quickly() {
        get("api/v1/next-free-places?procedure=" + PROCEDURE);
        long[] millis = new long[7];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            assertThat(get("api/v1/next-free-places?procedure=" + PROCEDURE).status()).isEqualTo(200);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.println("next-free-places, whole country, ms sorted: " + Arrays.toString(millis));
        // generous for a shared 2-core machine: the median answer reads 42 offices' calendars
        assertThat(millis[millis.length / 2]).as("median milliseconds").isLessThan(3000);
    }

    // ---- the page

    @Test
    void in_spanish_a_person_finds_the_nearest_place_in_the_country_narrows_it_to_a_state_and_goes_back() {
        try (Browser browser = new Browser("search-es", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(site(""));
            browser.clickAndWaitForPage(browser.find("footer a[href*='search']"));
            assertThat(browser.lang()).isEqualTo("es");
            assertThat(browser.text()).contains("Buscar un lugar en cualquier oficina");
            assertThat(new Select(browser.byId("state")).getFirstSelectedOption().getText()).isEqualTo("Todo el país");
            browser.checkStep("1-empty");

            // sent without a procedure: the mistake is named beside the field, which gets the focus
            browser.clickAndWaitForPage(browser.byId("search"));
            assertThat(browser.byId("procedureError").getText()).isEqualTo("Elija el trámite que necesita.");
            assertThat(browser.byId("procedure").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(activeId(browser)).isEqualTo("procedure");
            assertThat(browser.all(".place")).isEmpty();
            browser.checkStep("2-no-procedure");

            new Select(browser.byId("procedure")).selectByValue(PROCEDURE);
            // the feedback while the answer is on its way (a submit event that does not navigate)
            ((JavascriptExecutor) browser.driver).executeScript("var f = document.querySelector('form.search-form');"
                    + " f.dispatchEvent(new Event('submit', {cancelable: true}));");
            assertThat(browser.find(".search-progress").getText()).isEqualTo("Buscando lugares en las oficinas…");
            assertThat(browser.find("form.search-form").getAttribute("aria-busy")).isEqualTo("true");
            browser.screenshot("3-searching");
            browser.open(site("search"));
            new Select(browser.byId("procedure")).selectByValue(PROCEDURE);
            browser.clickAndWaitForPage(browser.byId("search"));

            assertThat(browser.driver.getCurrentUrl()).contains("procedure=" + PROCEDURE);
            List<String> country = offices(browser);
            assertThat(country).hasSizeGreaterThanOrEqualTo(32);
            assertThat(browser.byId("resultsTitle").getText()).isEqualTo("Resultados: " + country.size() + " oficinas");
            assertThat(activeId(browser)).as("the count is read first").isEqualTo("resultsTitle");
            assertThat(browser.find(".results-summary").getText()).contains("en todo el país");
            WebElement first = browser.all(".place").get(0);
            assertThat(first.findElement(By.cssSelector(".place-date")).getText()).matches(SPANISH_DAY);
            assertThat(first.getText()).contains("Próximo lugar libre:");
            String office = first.getAttribute("data-office");
            assertThat(first.findElement(By.cssSelector("a.place-book")).getAttribute("href"))
                    .endsWith("/?office=" + office + "&procedure=" + PROCEDURE);
            assertThat(country).as("the page lists what the API answers, in its order")
                    .isEqualTo(apiOffices(Optional.empty()));
            browser.checkStep("4-country");

            new Select(browser.byId("state")).selectByVisibleText("Baja California");
            browser.clickAndWaitForPage(browser.byId("search"));
            assertThat(browser.driver.getCurrentUrl()).contains("state=BC");
            assertThat(offices(browser)).isNotEmpty().allMatch(id -> id.startsWith("bc-"))
                    .isEqualTo(apiOffices(Optional.of("BC")));
            assertThat(browser.text()).contains("en Baja California", "hora del Noroeste");
            browser.checkStep("5-state");

            // Back shows the country's search again, its choices included; reload keeps it
            // (the browser may restore the page from its memory: no new page load to wait for, only the address)
            browser.driver.navigate().back();
            browser.waitFor(d -> !d.getCurrentUrl().contains("state=BC") && "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState;")));
            assertThat(offices(browser)).isEqualTo(country);
            assertThat(new Select(browser.byId("state")).getFirstSelectedOption().getText()).isEqualTo("Todo el país");
            assertThat(new Select(browser.byId("procedure")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(PROCEDURE);
            assertThat(browser.all(".search-progress").get(0).getText()).as("still searching?").isEmpty();
            browser.submitAndWaitForPage(() -> browser.driver.navigate().refresh());
            assertThat(offices(browser)).isEqualTo(country);

            // each result books at its office: the booking site opens with the office and the procedure asked for
            browser.clickAndWaitForPage(browser.all("a.place-book").get(0));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/?office=" + office + "&procedure=" + PROCEDURE);
            assertThat(browser.text()).contains("Agende su cita en el INM");
        }
    }

    @Test
    void in_english_on_a_phone_the_results_fit_the_screen_and_name_the_zone_in_english() {
        try (Browser browser = new Browser("search-en-phone", "en-US,en;q=0.9", 360, 740)) {
            browser.open(site("search"));
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(horizontalOverflow(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.checkStep("1-empty");
            new Select(browser.byId("procedure")).selectByValue(PROCEDURE);
            new Select(browser.byId("state")).selectByValue("BC");
            browser.clickAndWaitForPage(browser.byId("search"));
            assertThat(browser.byId("resultsTitle").getText()).startsWith("Results: ");
            assertThat(browser.text()).contains("Next free place:", "Mexico Northwest Time", "Book at this office")
                    .doesNotContain("hora del", "Próximo");
            assertThat(horizontalOverflow(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.checkStep("2-state");
            scrollToTheResults(browser);
            browser.screenshot("2-state-results");

            // a state the address names that is no state: said beside the state's field, in English
            browser.open(site("search?procedure=" + PROCEDURE + "&state=ZZ"));
            assertThat(browser.byId("stateError").getText())
                    .isEqualTo("There is no federal entity with the code “ZZ”. Please choose one from the list.");
            assertThat(browser.text()).doesNotContain("Exception", "ZZ'");
            browser.checkStep("3-unknown-state");
        }
        // the other two pairs of language and screen, for the screenshots and axe
        for (String[] pair : new String[][] {{"search-es-phone", "es-MX,es;q=0.9", "390"},
                {"search-en", "en-US,en;q=0.9", "1280"}}) {
            try (Browser browser = new Browser(pair[0], pair[1], Integer.parseInt(pair[2]), 844)) {
                browser.open(site("search?procedure=" + PROCEDURE + "&state="));
                assertThat(browser.all(".place")).hasSizeGreaterThanOrEqualTo(32);
                assertThat(horizontalOverflow(browser)).isLessThanOrEqualTo(0L);
                browser.checkStep("country");
                scrollToTheResults(browser);
                browser.screenshot("country-results");
            }
        }
    }

    // ---- helpers

    /** For each office listed: its next free place is the first free slot of its calendar over the window. */
    private List<String> mismatchesWithTheCalendars(JsonObject found) {
        List<String> mismatches = new ArrayList<>();
        for (JsonValue value : found.getJsonArray("offices")) {
            JsonObject office = value.asJsonObject();
            LocalDate today = LocalDate.now(ZoneId.of(office.getString("timeZone")));
            JsonObject calendar = get("api/v1/offices/" + office.getString("officeId") + "/availability?procedure="
                    + PROCEDURE + "&from=" + today + "&to=" + today.plusDays(found.getInt("daysAhead"))).object();
            Optional<String> first = calendar.getJsonArray("days").stream()
                    .flatMap(d -> d.asJsonObject().getJsonArray("slots").stream())
                    .map(s -> s.asJsonObject().getString("start")).findFirst();
            Optional<String> listed = Optional.ofNullable(office.getString("nextFreeStart", null));
            if (!first.equals(listed)) {
                mismatches.add(office.getString("officeId") + ": listed " + listed + ", calendar " + first);
            }
        }
        return mismatches;
    }

    private List<String> apiOffices(Optional<String> state) {
        return get("api/v1/next-free-places?procedure=" + PROCEDURE + state.map(s -> "&state=" + s).orElse(""))
                .object().getJsonArray("offices").stream().map(o -> o.asJsonObject().getString("officeId")).toList();
    }

    private static List<String> offices(Browser browser) {
        return browser.all(".place").stream().map(e -> e.getAttribute("data-office")).toList();
    }

    private static String activeId(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return document.activeElement && document.activeElement.id;"));
    }

    private static void scrollToTheResults(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('resultsTitle').scrollIntoView();");
    }

    private static long horizontalOverflow(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static void assertProblem(Http.Answer answer, int status, String kind, String code, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject problem = answer.object();
        assertThat(problem.getString("type")).endsWith("/" + kind);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("detail")).contains(detail);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    private Http.Answer get(String path) {
        return Http.get(uri(path));
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private String site(String path) {
        return uri(path).toString();
    }
}
