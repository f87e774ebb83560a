package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public booking site in a real browser (Debian's headless Chromium) against the real deployable: a person
 * books, reads the code from a real mailbox, confirms, downloads the invitation, moves and cancels on the manage
 * page; another, on a phone in English and with the keyboard, loses a place to someone faster and is told so.
 * axe-core checks every step; screenshots land in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /**
     * Cancelling and moving online end 24 hours before the appointment: the journeys that go on to move and cancel
     * book a day at least this many days after today at the office, whatever the hour and weekday of the run.
     */
    private static final int DAYS_PAST_THE_CUT_OFF = 3;
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void start_the_mail_server() {
        // not skipped when missing: a browser test that quietly does not run proves nothing
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed (.ci/run installs them:"
                + " apt-get install chromium chromium-driver)").isTrue();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void a_person_books_confirms_by_mail_moves_and_cancels_in_spanish() throws Exception {
        String email = "navegador-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = passport();
        try (Browser browser = new Browser("es", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(site());
            assertThat(browser.lang()).isEqualTo("es");
            assertThat(browser.text()).contains("Agende su cita en el INM", "Oficina y trámite");
            browser.checkStep("1-choose");

            new Select(browser.byId("b:state")).selectByVisibleText("Baja California");
            browser.awaitAjax();
            new Select(browser.byId("b:office")).selectByValue("bc-tijuana");
            browser.awaitAjax();
            assertThat(browser.find(".office-card").getText()).contains("Tijuana", "hora del Noroeste",
                    "Horario de atención");
            browser.find("input[type=radio][value='CANJE-RT']").click();
            browser.awaitAjax();
            assertThat(browser.find(".requirements").getText()).contains("Documentos que debe llevar");
            assertThat(browser.text()).contains("Trámites que se atienden sin cita");
            browser.checkStep("1-choose-office");
            browser.clickAndWaitForPage(browser.byId("b:toCalendar"));

            assertThat(browser.text()).contains("Elija la fecha y la hora");
            browser.checkStep("2-calendar");
            dayPastTheCutOff(browser, TIJUANA, false).click();
            browser.awaitAjax();
            WebElement time = browser.find("button[data-start]");
            String start = time.getAttribute("data-start");
            assertThat(browser.text()).contains("Horas locales de la oficina", "hora del Noroeste");
            browser.checkStep("2-calendar-times");
            browser.clickAndWaitForPage(time);

            // every mistake is named beside its field, and nothing is held
            browser.clickAndWaitForPage(browser.byId("b:hold"));
            assertThat(browser.byId("b:givenNamesMsg").getText()).contains("obligatorio");
            assertThat(browser.byId("b:nationalityMsg").getText()).contains("nacionalidad");
            assertThat(browser.byId("b:privacyMsg").getText()).contains("aviso de privacidad");
            assertThat(browser.byId("b:givenNames").getAttribute("aria-invalid")).isEqualTo("true");
            browser.checkStep("3-details-errors");

            browser.byId("b:givenNames").sendKeys("Ana María");
            browser.byId("b:surnames").sendKeys("Pérez López");
            new Select(browser.byId("b:nationality")).selectByValue("GTM");
            browser.byId("b:passport").sendKeys(passport.substring(0, 4) + "-" + passport.substring(4).toLowerCase());
            browser.byId("b:dateOfBirth").sendKeys("17/05/2990");
            browser.byId("b:email").sendKeys(email);
            browser.byId("b:emailAgain").sendKeys("otra-" + email);
            browser.byId("b:privacy").click();
            browser.clickAndWaitForPage(browser.byId("b:hold"));
            assertThat(browser.byId("b:dateOfBirthMsg").getText()).contains("anterior a hoy");
            assertThat(browser.byId("b:emailAgainMsg").getText()).contains("no coinciden");
            assertThat(browser.byId("b:givenNames").getAttribute("value")).isEqualTo("Ana María");

            replace(browser.byId("b:dateOfBirth"), "17/05/1990");
            replace(browser.byId("b:emailAgain"), email);
            browser.clickAndWaitForPage(browser.byId("b:hold"));

            assertThat(browser.text()).contains("Confirme su correo electrónico", email);
            assertThat(browser.find(".countdown").getText()).matches("1[45]:[0-5][0-9]");
            browser.checkStep("4-verify");
            String verificationCode = Mailbox.verificationCode(mailbox.awaitMail(email, 1).get(0));
            browser.byId("b:code").sendKeys(verificationCode.equals("000000") ? "111111" : "000000");
            browser.clickAndWaitForPage(browser.byId("b:verify"));
            assertThat(browser.byId("b:codeMsg").getText()).contains("no coincide");
            replace(browser.byId("b:code"), verificationCode);
            browser.clickAndWaitForPage(browser.byId("b:verify"));

            assertThat(browser.text()).contains("Su cita está confirmada", "Llegue 10 minutos antes",
                    "hora del Noroeste", "Lleve consigo");
            String code = browser.find(".confirmation-code").getText();
            assertThat(code).matches("[0-9A-Z]{8}");
            browser.checkStep("5-confirmed");
            browser.byId("b:downloadIcs").click();
            Calendar download = new CalendarBuilder().build(new StringReader(
                    Files.readString(browser.downloaded(".ics"))));
            assertThat(download.validate().hasErrors()).as(download.validate().toString()).isFalse();
            assertThat(download.toString()).contains("METHOD:PUBLISH", "UID:" + code + "@",
                    "DTSTART;TZID=America/Tijuana:");
            assertThat(Mailbox.text(mailbox.awaitMail(email, 2).get(1))).contains(code);

            // the manage page: open with code and passport, move, then cancel after a confirmation
            browser.open(site() + "manage");
            assertThat(browser.text()).contains("Consultar, cambiar o cancelar una cita");
            browser.byId("m:code").sendKeys(code.toLowerCase());
            browser.byId("m:passportNumber").sendKeys("WRONG1234");
            browser.clickAndWaitForPage(browser.byId("m:open"));
            assertThat(browser.text()).contains("No encontramos una cita");
            replace(browser.byId("m:passportNumber"), passport);
            browser.clickAndWaitForPage(browser.byId("m:open"));
            assertThat(browser.find("#status").getText()).contains("confirmada");
            browser.checkStep("6-manage");

            browser.clickAndWaitForPage(browser.byId("m:startMove"));
            dayPastTheCutOff(browser, TIJUANA, true).click();
            browser.awaitAjax();
            List<WebElement> times = browser.all("button[data-start]");
            WebElement later = times.get(times.size() - 1);
            String newStart = later.getAttribute("data-start");
            assertThat(newStart).isNotEqualTo(start);
            later.click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Nueva fecha y hora");
            browser.checkStep("6-manage-move");
            browser.clickAndWaitForPage(browser.byId("m:move"));
            assertThat(browser.text()).contains("Su cita fue cambiada");
            assertThat(mailbox.awaitMail(email, 3).get(2).getSubject()).contains(code);

            browser.byId("m:cancel").click();
            WebElement yes = browser.waitFor(ExpectedConditions.elementToBeClickable(
                    By.id("m:confirmYes")));
            assertThat(browser.text()).contains("¿Seguro que desea cancelar su cita?");
            browser.checkStep("6-manage-confirm-cancel");
            browser.clickAndWaitForPage(yes);
            assertThat(browser.find("#status").getText()).contains("cancelada");
            assertThat(browser.all("#m\\:cancel")).isEmpty();
            MimeMessage cancellation = mailbox.awaitMail(email, 4).get(3);
            assertThat(Mailbox.calendarOf(cancellation).toString()).contains("METHOD:CANCEL");
        }
    }

    @Test
    void on_a_phone_in_english_with_the_keyboard_a_place_taken_meanwhile_is_explained_and_the_language_is_kept()
            throws Exception {
        String email = "phone-" + UUID.randomUUID() + "@example.com";
        String passport = passport();
        try (Browser browser = new Browser("en-phone", "en-US,en;q=0.9", 360, 740)) {
            browser.open(site());
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.text()).contains("Book your appointment at the INM");
            assertThat(horizontalOverflow(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.checkStep("1-choose");

            browser.byId("b:state").sendKeys("Jalisco");
            browser.awaitAjax();
            choose(browser, "b:office", "jal-guadalajara");
            WebElement procedure = browser.find("input[type=radio][value='CANJE-RT']");
            procedure.sendKeys(Keys.SPACE);
            browser.awaitAjax();
            assertThat(browser.find(".requirements").getText()).contains("Documents to bring");
            pressEnterAndWaitForPage(browser, browser.byId("b:toCalendar"));

            dayPastTheCutOff(browser, MEXICO_CITY, false).sendKeys(Keys.ENTER);
            browser.awaitAjax();
            WebElement time = browser.find("button[data-start]");
            String start = time.getAttribute("data-start");
            browser.checkStep("2-calendar-times");
            pressEnterAndWaitForPage(browser, time);
            assertThat(browser.text()).contains("Your details");

            // meanwhile, other people take every place left at that time
            int left = remainingAt("jal-guadalajara", start);
            for (int i = 0; i < left; i++) {
                Http.Answer held = Http.hold(uri("api/v1/appointments"), holdJson("jal-guadalajara", start));
                assertThat(held.status()).as(held.body()).isEqualTo(201);
            }

            browser.byId("b:givenNames").sendKeys("John");
            browser.byId("b:surnames").sendKeys("Smith");
            browser.byId("b:nationality").sendKeys("Canada");
            browser.byId("b:passport").sendKeys(passport);
            browser.byId("b:dateOfBirth").sendKeys("01/02/1980");
            browser.byId("b:email").sendKeys(email);
            browser.byId("b:emailAgain").sendKeys(email);
            browser.byId("b:privacy").sendKeys(Keys.SPACE);
            pressEnterAndWaitForPage(browser, browser.byId("b:hold"));

            assertThat(browser.text()).contains("Someone has just taken the last place at that time",
                    "Choose the date and time");
            assertThat(browser.all("button[data-start='" + start + "']")).isEmpty();
            assertThat(horizontalOverflow(browser)).isLessThanOrEqualTo(0L);
            browser.checkStep("2-place-taken");

            // another time, still with the keyboard only; what was typed is kept
            dayPastTheCutOff(browser, MEXICO_CITY, false).sendKeys(Keys.ENTER);
            browser.awaitAjax();
            WebElement other = browser.find("button[data-start]");
            assertThat(other.getAttribute("data-start")).isNotEqualTo(start);
            pressEnterAndWaitForPage(browser, other);
            assertThat(browser.byId("b:givenNames").getAttribute("value")).isEqualTo("John");
            assertThat(browser.byId("b:privacy").isSelected()).isTrue();
            pressEnterAndWaitForPage(browser, browser.byId("b:hold"));

            assertThat(browser.text()).contains("Confirm your email", email);
            assertThat(horizontalOverflow(browser)).isLessThanOrEqualTo(0L);
            browser.checkStep("4-verify");
            MimeMessage verification = mailbox.awaitMail(email, 1).get(0);
            assertThat(verification.getSubject()).as("the mail speaks the page's language")
                    .containsIgnoringCase("code");
            browser.byId("b:code").sendKeys(Mailbox.verificationCode(verification));
            pressEnterAndWaitForPage(browser, browser.byId("b:verify"));

            assertThat(browser.text()).contains("Your appointment is confirmed", "Arrive 10 minutes before",
                    "Mexico Central Time");
            String code = browser.find(".confirmation-code").getText();
            assertThat(horizontalOverflow(browser)).isLessThanOrEqualTo(0L);
            browser.checkStep("5-confirmed");
            assertThat(Mailbox.text(mailbox.awaitMail(email, 2).get(1))).contains(code, "10 minutes");

            // cancel from the manage page, reached by the link on the confirmation, keyboard only
            pressEnterAndWaitForPage(browser, browser.byId("b:manageLink"));
            assertThat(browser.text()).contains("View, change or cancel an appointment");
            browser.byId("m:code").sendKeys(code);
            browser.byId("m:passportNumber").sendKeys(passport);
            pressEnterAndWaitForPage(browser, browser.byId("m:open"));
            assertThat(browser.find("#status").getText()).contains("confirmed");
            browser.byId("m:cancel").sendKeys(Keys.ENTER);
            WebElement yes = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("m:confirmYes")));
            // the focus lands on the safe answer
            browser.waitFor(d -> "m:confirmNo".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.checkStep("6-manage-confirm-cancel");
            pressEnterAndWaitForPage(browser, yes);
            assertThat(browser.find("#status").getText()).contains("cancelled");
            assertThat(Mailbox.text(mailbox.awaitMail(email, 3).get(2))).contains(code);

            pressEnterAndWaitForPage(browser, browser.byId("lang:switch"));
            assertThat(browser.lang()).isEqualTo("es");
            assertThat(browser.text()).as("the appointment shown speaks the new language too")
                    .contains("Consultar, cambiar o cancelar una cita",
                            "Canje de visa por tarjeta de residente temporal")
                    .doesNotContain("Exchange of visa for temporary resident card");
            browser.open(site());
            assertThat(browser.lang()).as("the choice outlives the page").isEqualTo("es");
            assertThat(browser.text()).contains("Agende su cita en el INM");
        }
    }

    @Test
    void a_page_left_open_until_the_session_ends_says_so_instead_of_going_silent() {
        try (Browser browser = new Browser("es-expired", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(site());
            new Select(browser.byId("b:state")).selectByVisibleText("Jalisco");
            browser.awaitAjax();
            assertThat(browser.text()).contains("Oficina");
            // the session ends (timeout, restart): the view behind the page is gone
            browser.driver.manage().deleteAllCookies();

            browser.submitAndWaitForPage(() -> new Select(browser.byId("b:state")).selectByVisibleText("Sonora"));

            assertThat(browser.text()).contains("La página caducó", "Ningún lugar quedó apartado a medias");
            assertThat(browser.text()).doesNotContain("Exception");
            browser.checkStep("expired");
        }
    }

    // ---- helpers ----

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses an option of a native select with the keyboard: focus, then type until the value is reached. */
    private static void choose(Browser browser, String clientId, String value) {
        WebElement select = browser.byId(clientId);
        String label = new Select(select).getOptions().stream().filter(o -> value.equals(o.getAttribute("value")))
                .findFirst().orElseThrow().getText();
        select.sendKeys(label);
        browser.awaitAjax();
        assertThat(new Select(browser.byId(clientId)).getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
    }

    /**
     * A day button of the calendar shown, on or after {@link #DAYS_PAST_THE_CUT_OFF} days from today at the office
     * (the first such day, or the last one of its month), going to the next month while the shown one has none.
     */
    private static WebElement dayPastTheCutOff(Browser browser, ZoneId office, boolean lastOfMonth) {
        LocalDate earliest = LocalDate.now(office).plusDays(DAYS_PAST_THE_CUT_OFF);
        for (int month = 0; month < 5; month++) {
            List<WebElement> days = browser.all("button[data-date]").stream()
                    .filter(d -> !LocalDate.parse(d.getAttribute("data-date")).isBefore(earliest)).toList();
            if (!days.isEmpty()) {
                return days.get(lastOfMonth ? days.size() - 1 : 0);
            }
            browser.find("button[id$='nextMonth']").click();
            browser.awaitAjax();
        }
        throw new AssertionError("no day with places from " + earliest + " in the booking window");
    }

    private static void pressEnterAndWaitForPage(Browser browser, WebElement button) {
        browser.submitAndWaitForPage(() -> button.sendKeys(Keys.ENTER));
    }

    private static long horizontalOverflow(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private int remainingAt(String office, String start) {
        String day = LocalDate.ofInstant(Instant.parse(start), MEXICO_CITY).toString();
        JsonObject availability = Http.get(uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT&from="
                + day + "&to=" + day)).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .filter(s -> OffsetDateTime.parse(s.getString("start")).toInstant().toString().equals(start))
                .mapToInt(s -> s.getInt("remaining")).findFirst().orElse(0);
    }

    private static String holdJson(String office, String start) {
        return "{\"officeId\":\"" + office + "\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start + "\","
                + "\"applicant\":{\"givenNames\":\"Otra\",\"surnames\":\"Persona\",\"nationality\":\"COL\","
                + "\"passportNumber\":\"" + passport() + "\",\"dateOfBirth\":\"1985-01-01\",\"email\":\"otra-"
                + UUID.randomUUID() + "@ejemplo.mx\"},\"language\":\"es\"}";
    }

    private static String passport() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    /**
     * The application as the browser sees it: at {@code localhost}, a secure context, because Chromium refuses
     * downloads (the .ics) from plain-HTTP pages on other hosts.
     */
    private String site() {
        return "http://localhost:" + base.getPort() + base.getPath();
    }

}
