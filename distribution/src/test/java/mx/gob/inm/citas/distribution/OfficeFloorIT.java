package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The office floor in the console, end to end in headless Chromium with axe on every step (issue #16). Checking an
 * appointment in needs one booked for later today, and a run at night or on a rest day has none: so the shipped jar
 * runs in its own process with its clock set by libfaketime ({@link FakedTime}) to 08:30 on a quiet Tuesday at
 * Cancún, whatever the hour, day and zone of the machine. An admin sets up the floor on its page (pool A for
 * CANJE-RT, 50 a day; windows 1 and 2); an applicant books 11:00 through the API; reception issues A-001 and, with
 * priority, A-002; the appointment is checked in on the agenda (C-001); window 1 calls three times: A-002 (priority),
 * then C-001 and A-001 as the 2 : 1 turn gives; the tickets say who is ahead, and the QR code of a ticket reads as its
 * status page. Reception and the window are checked on a 390 px phone and in English too.
 */
class OfficeFloorIT {

    private static final String OFFICE = "qroo-cancun";
    private static final ZoneId CANCUN = ZoneId.of("America/Cancun");
    private static final String ADMIN_PASSWORD = "Prueba-Sala-2026";

    @TempDir
    static Path work;

    private static Mailbox mailbox;
    /** The waiting room's screen, once open. */
    private static Browser display;

    @BeforeAll
    static void a_browser_faked_time_and_a_mail_server() {
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
        assertThat(FakedTime.library()).as("libfaketime is needed: apt-get install faketime").isNotNull();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        if (mailbox != null) {
            mailbox.close();
        }
        if (display != null) {
            display.close();
        }
    }

    @Test
    void reception_issues_two_tokens_an_appointment_is_checked_in_and_a_window_calls_them_in_the_queues_order()
            throws Exception {
        LocalDate today = FakedTime.aQuietTuesday(CANCUN);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String passport = "F" + suffix;
        try (RunningJar app = at(work.resolve("floor-data"), today);
                Browser admin = new Browser("office-floor", "es-MX,es;q=0.9", 1280, 900)) {
            String code = confirmed(app, slotAt(app, today, LocalTime.of(11, 0)), passport,
                    "sala-" + suffix.toLowerCase() + "@ejemplo.mx");
            signIn(admin, app);

            setUpTheFloor(admin, app);

            // reception: what is left of the pool, and two tokens
            admin.open(page(app, "console/reception.xhtml?office=" + OFFICE));
            assertThat(admin.lang()).isEqualTo("es");
            assertThat(admin.find("#pools").getText()).contains("Fichas A", "quedan 50 de 50 fichas hoy");
            assertThat(admin.text()).contains("Horas en hora del Sureste (America/Cancun).", "Nadie espera.");
            admin.checkStep("reception");
            admin.byId("reception:personName").sendKeys("María Pérez");
            admin.byId("reception:issue").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Ficha A-001 emitida.");
            assertThat(admin.find("#ticketNumber").getText()).isEqualTo("A-001");
            assertThat(admin.find("#ticketAhead").getText()).isEqualTo("Nadie antes que usted: es el siguiente turno.");
            assertThat(admin.find("#ticketIssued").getText()).startsWith("Emitida el martes, ")
                    .endsWith("(hora del Sureste)").doesNotContain("America/");
            assertThat(admin.find("#ticket").getText()).as("no name on the ticket").doesNotContain("María");
            assertThat(admin.byId("reception:personName").getAttribute("value")).isEmpty();
            admin.checkStep("ticket-A-001");
            String statusUrl = admin.find("#ticketQr").getAttribute("data-url");
            assertThat(statusUrl).endsWith("/turno?office=" + OFFICE + "&number=A-001");
            assertThat(qrText(admin.find("#ticketQr svg"))).as("the QR code read from the screen").isEqualTo(statusUrl);

            printed(admin);

            new Select(admin.byId("reception:priority")).selectByValue("OLDER_ADULT");
            admin.byId("reception:issue").click();
            admin.awaitAjax();
            assertThat(admin.find("#ticketNumber").getText()).isEqualTo("A-002");
            assertThat(admin.find("#ticketPriority").getText()).isEqualTo("Persona adulta mayor");
            assertThat(admin.find("#ticketAhead").getText()).as("priority first")
                    .isEqualTo("Nadie antes que usted: es el siguiente turno.");
            assertThat(admin.find("#pools").getText()).contains("quedan 48 de 50 fichas hoy");
            assertThat(admin.text()).contains("Esperan 2 personas.");

            // the appointment checked in on the agenda joins the same queue
            admin.open(page(app, "console/?office=" + OFFICE + "&day=" + today));
            admin.byId("agendaForm:query").sendKeys(code + Keys.ENTER);
            admin.awaitAjax();
            assertThat(admin.find("[id='checkInDialog']").isDisplayed()).isTrue();
            admin.byId("checkInForm:passport").sendKeys(passport);
            admin.byId("checkInForm:confirm").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Llegada registrada: " + code + ". Número en sala: C-001.");

            admin.open(page(app, "console/reception.xhtml?office=" + OFFICE));
            assertThat(admin.text()).contains("Esperan 3 personas.");
            assertThat(rows(admin)).containsExactly("A-001", "A-002", "C-001");
            admin.find(".reprint-A-001").click();
            admin.awaitAjax();
            assertThat(admin.find("#ticketNumber").getText()).isEqualTo("A-001");
            assertThat(admin.find("#ticketAhead").getText()).as("A-002 with priority, then the appointment")
                    .isEqualTo("2 personas antes que usted.");
            admin.checkStep("reception-three-waiting");

            // the holder of A-001 follows their place on the status page its QR code opens
            try (Browser holder = new Browser("office-floor-turno", "es-MX,es;q=0.9", 390, 844)) {
                holder.open(page(app, "turno?office=" + OFFICE + "&number=A-001"));
                assertThat(holder.text()).contains("A-001", "2 personas");
                holder.checkStep("turno-A-001-waiting");
            }

            // the waiting room's screen, in a second browser, follows the calls
            display = new Browser("office-floor-display", "es-MX,es;q=0.9", 1920, 1080);
            display.open(page(app, "display/" + OFFICE));
            display.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('display').getAttribute('data-following') === 'stream';")));
            assertThat(display.find("#waiting").getText().strip()).isEqualTo("3");

            // window 1 calls three times, in the queue's order
            admin.open(page(app, "console/window.xhtml?office=" + OFFICE));
            assertThat(new Select(admin.byId("windowForm:window")).getOptions()).extracting(WebElement::getText)
                    .containsExactly("Ventanilla 1 · Canje de visa por tarjeta de residente temporal",
                            "Ventanilla 2 · Canje de visa por tarjeta de residente temporal");
            admin.checkStep("window-closed");
            new Select(admin.byId("windowForm:window")).selectByValue("1");
            admin.byId("windowForm:open").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Ventanilla 1 abierta a su nombre.",
                    "Esperan 3 personas que esta ventanilla puede atender.");
            admin.checkStep("window-open");

            call(admin, "A-002");
            assertThat(admin.find("#currentPriority").getText()).isEqualTo("Persona adulta mayor");
            assertThat(admin.byId("windowForm:recall").getText()).isEqualTo("Volver a llamar (2 de 3)");
            admin.byId("windowForm:recall").click();
            admin.awaitAjax();
            assertThat(admin.byId("windowForm:recall").getText()).isEqualTo("Volver a llamar (3 de 3)");
            admin.checkStep("window-called-A-002");
            serve(admin);

            call(admin, "C-001");
            assertThat(admin.find("#currentKind").getText()).isEqualTo("Cita");
            assertThat(admin.all("#currentName")).as("an appointment's name is not needed here").isEmpty();
            assertThat(admin.text()).doesNotContain("Ramírez", passport);
            serve(admin);
            assertThat(appointment(app, code, passport).getString("status")).isEqualTo("ATTENDED");

            call(admin, "A-001");
            assertThat(admin.find("#currentKind").getText()).isEqualTo("Ficha");
            assertThat(admin.find("#currentName").getText()).isEqualTo("María Pérez");
            admin.byId("windowForm:noShow").click();
            assertThat(admin.find(".ui-confirm-dialog-message").getText())
                    .startsWith("¿Marcar el turno A-001 como «no se presentó»?");
            admin.checkStep("window-no-show-confirm");
            admin.find(".ui-confirmdialog-yes").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Turno A-001 marcado como «no se presentó».",
                    "Nadie espera para esta ventanilla.");
            admin.byId("windowForm:callNext").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Nadie espera para la ventanilla 1.");
            admin.checkStep("window-nobody-waiting");

            // on a phone, and in English
            try (Browser phone = new Browser("office-floor-phone", "es-MX,es;q=0.9", 390, 844)) {
                signIn(phone, app);
                phone.open(page(app, "console/reception.xhtml?office=" + OFFICE));
                phone.byId("reception:issue").click();
                phone.awaitAjax();
                assertThat(phone.find("#ticketNumber").getText()).isEqualTo("A-003");
                assertFits(phone, 390);
                phone.checkStep("reception-phone");
                // the admin has window 1 open: the page goes on there unless another window is asked for
                phone.open(page(app, "console/window.xhtml?office=" + OFFICE));
                assertThat(phone.find("#deskTitle").getText()).isEqualTo("Ventanilla 1");
                phone.open(page(app, "console/window.xhtml?office=" + OFFICE + "&window=2"));
                assertThat(new Select(phone.byId("windowForm:window")).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo("2");
                phone.byId("windowForm:open").click();
                phone.awaitAjax();
                call(phone, "A-003");
                phone.byId("windowForm:transfer").click();
                phone.awaitAjax();
                assertThat(phone.find("[id='transferDialog']").getText()).contains("Transferir el turno A-003");
                assertFits(phone, 390);
                phone.checkStep("window-transfer-phone");
                new Select(phone.byId("transferForm:toWindow")).selectByValue("1");
                phone.byId("transferForm:confirmTransfer").click();
                phone.awaitAjax();
                assertThat(phone.text()).contains("Turno A-003 transferido: volvió a la fila.");
                assertFits(phone, 390);
                phone.checkStep("window-phone");
            }
            try (Browser english = new Browser("office-floor-en", "en-US,en;q=0.9", 1280, 900)) {
                signIn(english, app);
                english.open(page(app, "console/reception.xhtml?office=" + OFFICE));
                assertThat(english.lang()).isEqualTo("en");
                assertThat(english.text()).contains("Today's walk-in tokens", "47 of 50 tokens left today",
                        "Issue token", "1 person is waiting.").doesNotContain("quedan", "Emitir");
                english.checkStep("reception-en");
                english.open(page(app, "console/window.xhtml?office=" + OFFICE + "&window=1"));
                assertThat(english.text()).as("the admin's window 1, with A-003 sent to it").contains("Window 1",
                        "1 person this window may serve is waiting.", "Call next").doesNotContain("Ventanilla");
                english.checkStep("window-en");
            }
        }
    }

    /** The floor's page: pool A for CANJE-RT with 50 tokens a day, windows 1 and 2 for CANJE-RT. */
    private static void setUpTheFloor(Browser admin, RunningJar app) {
        admin.open(page(app, "console/floor.xhtml?office=" + OFFICE));
        admin.byId("floorForm:addPool").click();
        admin.awaitAjax();
        new Select(admin.byId("floorForm:pools:0:procedures")).selectByValue("CANJE-RT");
        WebElement tokens = admin.byId("floorForm:pools:0:tokens");
        tokens.clear();
        tokens.sendKeys("50");
        admin.byId("floorForm:savePools").click();
        admin.awaitAjax();
        assertThat(admin.text()).contains("Fichas de ");
        admin.byId("floorForm:addWindow").click();
        admin.awaitAjax();
        new Select(admin.byId("floorForm:windows:0:procedures")).selectByValue("CANJE-RT");
        admin.byId("floorForm:addWindow").click();
        admin.awaitAjax();
        assertThat(admin.byId("floorForm:windows:1:number").getAttribute("value")).isEqualTo("2");
        admin.byId("floorForm:saveWindows").click();
        admin.awaitAjax();
        assertThat(admin.text()).contains("Ventanillas de ");
        admin.checkStep("floor-set-up");
    }

    /**
     * Presses "Llamar siguiente" and expects {@code number} at the window, called, and on the waiting room's display
     * (when one is open) as the latest call within 2 s.
     */
    private static void call(Browser browser, String number) {
        browser.byId("windowForm:callNext").click();
        long pressed = System.nanoTime();
        browser.awaitAjax();
        assertThat(browser.find("#currentNumber").getText()).isEqualTo(number);
        assertThat(browser.find("#currentStatus").getText()).isEqualTo("Llamado a la ventanilla");
        assertThat(browser.text()).contains("Se llamó al turno " + number + " a la ventanilla");
        if (display != null) {
            new WebDriverWait(display.driver, Duration.ofSeconds(2), Duration.ofMillis(50)).until(d -> String.valueOf(
                    ((JavascriptExecutor) d).executeScript("var e = document.querySelector('#latest .display-number');"
                            + " return e ? e.textContent : '';")).strip().equals(number));
            System.out.println("office floor: " + number + " on the display " + (System.nanoTime() - pressed)
                    / 1_000_000 + " ms after the press");
            display.screenshot("display-" + number);
        }
    }

    private static void serve(Browser browser) {
        browser.byId("windowForm:start").click();
        browser.awaitAjax();
        assertThat(browser.find("#currentStatus").getText()).isEqualTo("En atención");
        browser.byId("windowForm:finish").click();
        browser.awaitAjax();
        assertThat(browser.find("#noCurrent").isDisplayed()).isTrue();
    }

    /** Printed, only the ticket shows: the console's header, navigation, form and list stay on screen. */
    private static void printed(Browser browser) {
        media(browser, "print");
        assertThat(browser.find("#ticket").isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector(".console-nav")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("reception:issue")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("reception:open")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("reception:print")).isDisplayed()).isFalse();
        browser.screenshot("ticket-printed");
        media(browser, "screen");
    }

    private static void media(Browser browser, String media) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** The page does not scroll sideways at {@code width}. */
    private static void assertFits(Browser browser, int width) {
        Number scroll = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(scroll.intValue()).as("the page's width on a " + width + " px phone").isLessThanOrEqualTo(width);
    }

    /** The numbers of the reception's list of visits, in order. */
    private static List<String> rows(Browser browser) {
        return browser.all("[id='reception:open_data'] .visit-number").stream().map(WebElement::getText).toList();
    }

    /** The text of the QR code {@code svg} shows, read by ZXing from a screenshot of it. */
    private static String qrText(WebElement svg) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(svg.getScreenshotAs(OutputType.BYTES)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }

    private static RunningJar at(Path data, LocalDate day) {
        Map<String, String> settings = new HashMap<>();
        settings.put("CITAS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("CITAS_SMTP_HOST", "127.0.0.1");
        settings.put("CITAS_SMTP_PORT", System.getProperty("citas.it.smtp.port", "3025"));
        settings.put("CITAS_MAIL_DISPATCH_SECONDS", "1");
        settings.put("CITAS_LIMITS", "off");
        return FakedTime.start(data, CANCUN, day.atTime(8, 30), settings);
    }

    /** The start of the office's free CANJE-RT slot at {@code time} on {@code day}, as the public API gives it. */
    private static String slotAt(RunningJar app, LocalDate day, LocalTime time) {
        JsonObject availability = Http.get(app.uri("api/v1/offices/" + OFFICE + "/availability?procedure=CANJE-RT"
                + "&from=" + day + "&to=" + day)).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .map(s -> s.getString("start")).filter(s -> s.startsWith(day + "T" + time))
                .findFirst().orElseThrow(() -> new AssertionError("no free slot at " + time + " on " + day + ": "
                        + availability));
    }

    /** An appointment booked and verified through the API, as an applicant would. */
    private static String confirmed(RunningJar app, String start, String passport, String email) throws Exception {
        Http.Answer held = Http.hold(app.uri("api/v1/appointments"), "{\"officeId\":\"" + OFFICE
                + "\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start + "\",\"applicant\":{\"givenNames\":\"Lucía\","
                + "\"surnames\":\"Ramírez Soto\",\"nationality\":\"HND\",\"passportNumber\":\"" + passport
                + "\",\"dateOfBirth\":\"1988-03-02\",\"email\":\"" + email + "\"},\"language\":\"es\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        String code = held.object().getString("confirmationCode");
        String digits = Mailbox.verificationCode(mailbox.awaitMail(email, 1).get(0));
        Http.Answer verified = Http.call("POST", app.uri("api/v1/appointments/" + code + "/verification"),
                "{\"code\":\"" + digits + "\"}", "X-Passport-Number", passport);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return code;
    }

    private static JsonObject appointment(RunningJar app, String code, String passport) {
        Http.Answer answer = Http.get(app.uri("api/v1/appointments/" + code), "X-Passport-Number", passport);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static void signIn(Browser browser, RunningJar app) {
        browser.open(page(app, "console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys("admin");
        browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
    }

    /** The address the browser uses: localhost is a secure context. */
    private static String page(RunningJar app, String path) {
        return "http://localhost:" + app.port() + "/" + path;
    }
}
