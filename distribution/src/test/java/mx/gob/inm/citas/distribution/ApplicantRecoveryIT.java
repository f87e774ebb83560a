package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The applicant's ordinary mistakes, each ending where the person wanted, in a real browser on the real deployable:
 * a mistyped e-mail address fixed on the verify step and the mail's link confirmed with one press in another
 * browser; Back from the calendar and another office; a language switch and a refused date of birth that keep what
 * was typed; a booking inside the change cut-off that offers no move or cancel; the proof PDF read back, its QR code
 * decoded. axe-core checks every step; screenshots (desktop and phone) land in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantRecoveryIT {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /** Days after today at the office from which changes are still allowed online (the cut-off is 24 hours). */
    private static final int DAYS_PAST_THE_CUT_OFF = 3;
    private static final String GUADALAJARA_CALENDAR = "?office=jal-guadalajara&procedure=CANJE-RT";
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void start_the_mail_server() {
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void a_mistyped_address_is_fixed_on_the_verify_step_and_the_mails_link_confirms_with_one_press_elsewhere()
            throws Exception {
        String wrong = "equivocado-" + UUID.randomUUID() + "@ejemplo.mx";
        String right = "correcto-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = passport();
        String code;
        try (Browser desk = new Browser("recovery", "es-MX,es;q=0.9", 1280, 900)) {
            desk.open(site() + GUADALAJARA_CALENDAR);
            assertThat(desk.text()).contains("Elija la fecha y la hora", "Guadalajara");
            dayPastTheCutOff(desk, MEXICO_CITY).click();
            desk.awaitAjax();
            desk.waitFor(d -> d.switchTo().activeElement().getAttribute("data-start") != null);
            assertThat(desk.text()).contains("hora del Centro").doesNotContain("America/Mexico_City");
            desk.checkStep("2-calendar-times");
            desk.clickAndWaitForPage(desk.find("button[data-start]"));
            assertThat(desk.driver.getCurrentUrl()).contains("office=jal-guadalajara", "start=");
            assertThat(desk.byId("changePolicy").getText()).contains("Podrá cambiar o cancelar esta cita en línea hasta el");
            fillDetails(desk, passport, wrong);
            desk.clickAndWaitForPage(desk.byId("b:hold"));

            assertThat(desk.driver.getCurrentUrl()).contains("hold=");
            code = desk.byId("heldCode").getText();
            assertThat(code).matches("[0-9A-Z]{8}");
            assertThat(desk.byId("sentTo").getText()).contains(wrong);
            String oldCode = Mailbox.verificationCode(mailbox.awaitMail(wrong, 1).get(0));
            String oldLink = site() + "confirm?" + Mailbox.confirmLinkQuery(mailbox.awaitMail(wrong, 1).get(0));

            // the phone switched to the mail app and the tab reloaded: the same step, the same place
            desk.submitAndWaitForPage(() -> desk.driver.navigate().refresh());
            assertThat(desk.text()).contains("Confirme su correo electrónico", code, wrong);
            desk.checkStep("4-verify");

            desk.find("#changeEmailBox summary").click();
            desk.byId("b:newEmail").sendKeys("esto no es un correo");
            desk.clickAndWaitForPage(desk.byId("b:changeEmail"));
            assertThat(desk.byId("b:newEmailMsg").getText()).isNotBlank();
            assertThat(desk.byId("b:newEmail").getAttribute("aria-invalid")).isEqualTo("true");
            replace(desk.byId("b:newEmail"), right);
            desk.clickAndWaitForPage(desk.byId("b:changeEmail"));
            assertThat(desk.text()).contains("Enviamos un código nuevo a " + right, code);
            assertThat(desk.byId("sentTo").getText()).contains(right).doesNotContain(wrong);
            desk.checkStep("4-verify-email-changed");
            String newCode = Mailbox.verificationCode(mailbox.awaitMail(right, 1).get(0));
            String newQuery = Mailbox.confirmLinkQuery(mailbox.awaitMail(right, 1).get(0));
            assertThat(newQuery).startsWith("code=" + code + "&key=").doesNotContain("key=" + newCode)
                    .matches("code=[0-9A-Z]{8}&key=[A-Za-z0-9_-]{43}");
            assertThat(newCode).isNotEqualTo(oldCode);

            // the old code, pasted with a space, is read whole and refused, with the attempts left
            desk.byId("b:code").sendKeys(oldCode.substring(0, 3) + " " + oldCode.substring(3));
            assertThat(desk.byId("b:code").getAttribute("value")).hasSize(7);
            desk.clickAndWaitForPage(desk.byId("b:verify"));
            assertThat(desk.byId("b:codeMsg").getText()).contains("Le quedan 4 intentos");
            desk.checkStep("4-verify-wrong-code");

            // the link of the new mail, opened on a phone: a look changes nothing, one press confirms; the link of
            // the old mail, and a key guessed as the 6-digit code, open nothing
            String link = site() + "confirm?" + newQuery;
            try (Browser phone = new Browser("recovery-link-phone", "es-MX,es;q=0.9", 360, 740)) {
                phone.open(oldLink);
                assertThat(phone.text()).contains("Este enlace no es válido").doesNotContain("Guadalajara");
                phone.checkStep("link-old");
                phone.open(site() + "confirm?code=" + code + "&key=" + newCode);
                assertThat(phone.text()).contains("Este enlace no es válido").doesNotContain("Guadalajara")
                        .doesNotContain("Revise los datos");
                assertThat(phone.all("#c\\:confirm")).isEmpty();
                phone.checkStep("link-guessed-six-digits");
                phone.open(link);
                assertThat(phone.text()).contains("Revise los datos y confirme su cita", code, "Guadalajara");
                phone.checkStep("link-pending");
                phone.submitAndWaitForPage(() -> phone.driver.navigate().refresh());
                assertThat(phone.text()).contains("Revise los datos y confirme su cita");
                assertThat(mailbox.awaitMail(right, 1)).as("opening the link sent nothing").hasSize(1);
                assertThat(horizontalOverflow(phone)).isLessThanOrEqualTo(0L);
                phone.clickAndWaitForPage(phone.byId("c:confirm"));
                assertThat(phone.text()).contains("Su cita está confirmada", "Llegue 10 minutos antes");
                phone.checkStep("link-confirmed");
                assertThat(mailbox.awaitMail(right, 2).get(1).getSubject()).contains(code);
                // opened again once used: it says so and shows nothing of the appointment
                phone.open(link);
                assertThat(phone.text()).contains("Este enlace ya no es válido", "ya se usó")
                        .doesNotContain("Guadalajara", code);
                assertThat(phone.all("#c\\:confirm")).isEmpty();
                phone.checkStep("link-used");
            }

            // the first tab, reloaded, knows
            desk.submitAndWaitForPage(() -> desk.driver.navigate().refresh());
            assertThat(desk.text()).contains("Su cita está confirmada", "Puede cambiar o cancelar su cita en línea hasta el",
                    "hora del Centro");
            WebElement print = desk.byId("print");
            assertThat(print.getCssValue("cursor")).isEqualTo("pointer");
            assertThat(print.getSize().getHeight()).isGreaterThanOrEqualTo(32);
            desk.checkStep("5-confirmed");
            desk.byId("b:downloadPdf").click();
            Path pdf = desk.downloaded(".pdf");
            assertThat(pdf.getFileName().toString()).isEqualTo("cita-inm-" + code + ".pdf");
            assertProof(Files.readAllBytes(pdf), code, "Guadalajara");
        }
    }

    @Test
    void back_from_the_calendar_and_another_office_shows_that_offices_calendar_and_typing_survives_mistakes()
            throws Exception {
        assertThat(Http.get(java.net.URI.create(site() + "favicon.ico")).status()).as("favicon.ico").isEqualTo(200);
        try (Browser browser = new Browser("recovery-back", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(site());
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                    "var r = document.querySelector('.ajax-status').getBoundingClientRect();"
                            + " return r.width * r.height;"))).as("no empty loading pill while nothing loads")
                    .isIn("0", "0.0");
            choose(browser, "Baja California", "bc-tijuana");
            browser.clickAndWaitForPage(browser.byId("b:toCalendar"));
            assertThat(browser.find(".summary").getText()).contains("Tijuana");
            assertThat(browser.driver.getCurrentUrl()).contains("office=bc-tijuana");
            browser.checkStep("2-calendar-tijuana");

            history(browser, true);
            assertThat(browser.text()).contains("Oficina y trámite");
            choose(browser, "Jalisco", "jal-guadalajara");
            browser.clickAndWaitForPage(browser.byId("b:toCalendar"));
            assertThat(browser.find(".summary").getText()).contains("Guadalajara").doesNotContain("Tijuana");
            assertThat(browser.driver.getCurrentUrl()).contains("office=jal-guadalajara");
            String firstDay = firstFreeDay(browser).getAttribute("data-date");

            // Back and Forward and reload: each shows what was chosen last
            history(browser, true);
            history(browser, false);
            assertThat(browser.find(".summary").getText()).contains("Guadalajara");
            browser.submitAndWaitForPage(() -> browser.driver.navigate().refresh());
            assertThat(browser.find(".summary").getText()).contains("Guadalajara");
            assertThat(firstFreeDay(browser).getAttribute("data-date")).isEqualTo(firstDay);
            browser.checkStep("2-calendar-guadalajara");

            // the page's own Back keeps the choice
            browser.clickAndWaitForPage(browser.byId("backToChoose"));
            assertThat(new Select(browser.byId("b:office")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("jal-guadalajara");
            history(browser, true);

            dayPastTheCutOff(browser, MEXICO_CITY).click();
            browser.awaitAjax();
            WebElement time = browser.find("button[data-start]");
            String start = time.getAttribute("data-start");
            browser.clickAndWaitForPage(time);
            assertThat(browser.text()).contains("Sus datos");

            // a refused date of birth stays as typed, beside its message
            browser.byId("b:givenNames").sendKeys("Lucía");
            browser.byId("b:dateOfBirth").sendKeys("17/05/2990");
            browser.clickAndWaitForPage(browser.byId("b:hold"));
            assertThat(browser.byId("b:dateOfBirthMsg").getText()).contains("anterior a hoy");
            assertThat(browser.byId("b:dateOfBirth").getAttribute("value")).isEqualTo("17/05/2990");
            assertThat(browser.byId("b:givenNames").getAttribute("value")).isEqualTo("Lucía");

            // switching language keeps what was typed
            browser.byId("b:surnames").sendKeys("Ramírez");
            browser.clickAndWaitForPage(browser.byId("lang:switch"));
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.text()).contains("Your details");
            assertThat(browser.byId("b:givenNames").getAttribute("value")).isEqualTo("Lucía");
            assertThat(browser.byId("b:surnames").getAttribute("value")).isEqualTo("Ramírez");
            browser.checkStep("3-details-english");

            // another time and back again: the details step of the time chosen, with what was typed
            browser.clickAndWaitForPage(browser.byId("backToCalendar"));
            assertThat(browser.text()).contains("Choose the date and time");
            history(browser, true);
            assertThat(browser.driver.getCurrentUrl()).contains("start=");
            assertThat(browser.byId("b:givenNames").getAttribute("value")).isEqualTo("Lucía");
            assertThat(browser.text()).doesNotContain("Confirm Form Resubmission");
            browser.clickAndWaitForPage(browser.byId("lang:switch"));
            assertThat(browser.lang()).isEqualTo("es");
            assertThat(start).isNotBlank();
        }
    }

    @Test
    void a_booking_inside_the_change_cut_off_says_so_and_manage_offers_neither_move_nor_cancel() throws Exception {
        // a cut-off longer than the booking window: every bookable time is inside it, at any hour of any day
        Path data = Path.of("target", "it-cutoff-" + UUID.randomUUID());
        Map<String, String> settings = Map.of("CITAS_BOOKING_CHANGE_CUTOFF_HOURS", "2400",
                "CITAS_LIMITS", "off", "CITAS_POW_COST", "0",
                "CITAS_SMTP_HOST", "127.0.0.1", "CITAS_SMTP_PORT", System.getProperty("citas.it.smtp.port", "3025"),
                "CITAS_MAIL_DISPATCH_SECONDS", "1");
        String email = "pronto-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = passport();
        try (RunningJar app = new RunningJar(data, settings).start();
                Browser phone = new Browser("recovery-cutoff-phone", "es-MX,es;q=0.9", 360, 740)) {
            String site = "http://localhost:" + app.port() + "/";
            phone.open(site + GUADALAJARA_CALENDAR);
            // the earliest bookable time
            firstFreeDay(phone).click();
            phone.awaitAjax();
            phone.clickAndWaitForPage(phone.find("button[data-start]"));
            assertThat(phone.byId("changePolicy").getText())
                    .contains("ya no podrá cambiarse ni cancelarse en línea");
            phone.checkStep("3-details-inside-cut-off");
            fillDetails(phone, passport, email);
            phone.clickAndWaitForPage(phone.byId("b:hold"));
            String code = phone.byId("heldCode").getText();
            // pasted with a space
            String key = Mailbox.verificationCode(mailbox.awaitMail(email, 1).get(0));
            phone.byId("b:code").sendKeys(key.substring(0, 3) + " " + key.substring(3));
            phone.clickAndWaitForPage(phone.byId("b:verify"));
            assertThat(phone.text()).contains("Su cita está confirmada",
                    "ya no puede cambiarse ni cancelarse en línea").doesNotContain("Puede cambiar o cancelar su cita en línea");
            assertThat(horizontalOverflow(phone)).isLessThanOrEqualTo(0L);
            phone.checkStep("5-confirmed-inside-cut-off");

            phone.open(site + "manage?code=" + code);
            phone.byId("m:passportNumber").sendKeys(passport);
            phone.clickAndWaitForPage(phone.byId("m:open"));
            assertThat(phone.find("#status").getText()).contains("confirmada");
            assertThat(phone.byId("tooLate").getText()).contains("ya no puede cambiarse ni cancelarse en línea");
            assertThat(phone.all("[id='m:startMove']")).isEmpty();
            assertThat(phone.all("[id='m:cancel']")).isEmpty();
            assertThat(phone.all("[id='m:downloadPdf']")).hasSize(1);
            phone.checkStep("6-manage-inside-cut-off");
        }
    }

    @Test
    void on_a_phone_the_cancel_question_fits_and_a_cancelled_appointment_offers_to_book_again() throws Exception {
        String email = "cancela-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = passport();
        try (Browser phone = new Browser("recovery-cancel-phone", "es-MX,es;q=0.9", 360, 740)) {
            phone.open(site() + GUADALAJARA_CALENDAR);
            dayPastTheCutOff(phone, MEXICO_CITY).click();
            phone.awaitAjax();
            phone.clickAndWaitForPage(phone.find("button[data-start]"));
            fillDetails(phone, passport, email);
            phone.clickAndWaitForPage(phone.byId("b:hold"));
            String code = phone.byId("heldCode").getText();
            phone.byId("b:code").sendKeys(Mailbox.verificationCode(mailbox.awaitMail(email, 1).get(0)));
            phone.clickAndWaitForPage(phone.byId("b:verify"));

            phone.open(site() + "manage?code=" + code);
            phone.byId("m:passportNumber").sendKeys(passport);
            phone.clickAndWaitForPage(phone.byId("m:open"));
            assertThat(phone.all("[id='m:startMove']")).hasSize(1);
            phone.byId("m:downloadPdf").click();
            assertProof(Files.readAllBytes(phone.downloaded(".pdf")), code, "Guadalajara");

            phone.byId("m:cancel").click();
            WebElement no = phone.waitFor(ExpectedConditions.elementToBeClickable(By.id("m:confirmNo")));
            WebElement yes = phone.byId("m:confirmYes");
            WebElement dialog = phone.find(".cancel-dialog");
            long viewport = (Long) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.clientWidth;");
            assertThat(dialog.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(dialog.getRect().getX() + dialog.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
            for (WebElement button : List.of(no, yes)) {
                assertThat(button.getRect().getX() + button.getRect().getWidth()).as(button.getText())
                        .isLessThanOrEqualTo((int) viewport);
            }
            WebElement question = phone.find(".cancel-dialog .ui-confirm-dialog-message");
            assertThat(question.getText()).contains("¿Seguro que desea cancelar su cita?");
            assertThat(question.getRect().getX() + question.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
            phone.checkStep("6-manage-confirm-cancel");
            phone.clickAndWaitForPage(yes);

            assertThat(phone.find("#status").getText()).contains("cancelada");
            assertThat(phone.text()).contains("Esta cita está cancelada", "Agendar una cita nueva")
                    .doesNotContain("Llegue 10 minutos antes", "Lleve consigo", "Puede cambiar o cancelar");
            assertThat(phone.all("[id='m:downloadPdf']")).isEmpty();
            phone.checkStep("6-manage-cancelled");
            phone.clickAndWaitForPage(phone.byId("bookAgain"));
            assertThat(phone.text()).contains("Oficina y trámite");
            MimeMessage cancellation = mailbox.awaitMail(email, 3).get(2);
            assertThat(cancellation.getSubject()).contains(code);
        }
    }

    // ---- helpers ----

    /** The PDF's text names the code and the office, and its QR code, rendered and decoded, is the code. */
    private static void assertProof(byte[] bytes, String code, String office) throws Exception {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(code, office, "Instituto Nacional de Migración");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                    Boolean.TRUE)).getText()).contains(code);
        }
    }

    private static void fillDetails(Browser browser, String passport, String email) {
        browser.byId("b:givenNames").sendKeys("Ana María");
        browser.byId("b:surnames").sendKeys("Pérez López");
        new Select(browser.byId("b:nationality")).selectByValue("GTM");
        browser.byId("b:passport").sendKeys(passport);
        browser.byId("b:dateOfBirth").sendKeys("17/05/1990");
        browser.byId("b:email").sendKeys(email);
        browser.byId("b:emailAgain").sendKeys(email);
        if (!browser.byId("b:privacy").isSelected()) {
            browser.byId("b:privacy").click();
        }
    }

    private static void choose(Browser browser, String state, String office) {
        new Select(browser.byId("b:state")).selectByVisibleText(state);
        browser.awaitAjax();
        new Select(browser.byId("b:office")).selectByValue(office);
        browser.awaitAjax();
        browser.find("input[type=radio][value='CANJE-RT']").click();
        browser.awaitAjax();
    }

    /**
     * Back (or Forward) as the browser's button does it, whether the page comes from the server again or from the
     * browser's back-forward cache: done once the address changed and the page is complete.
     */
    private static void history(Browser browser, boolean back) {
        String before = browser.driver.getCurrentUrl();
        if (back) {
            browser.driver.navigate().back();
        } else {
            browser.driver.navigate().forward();
        }
        browser.waitFor(d -> !before.equals(d.getCurrentUrl()) && "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    /**
     * The calendar's first day with places, going to the next month while the shown one has none (on a month's last
     * days every place left may be in the next); when there is none, the failure says what the page showed instead.
     */
    private static WebElement firstFreeDay(Browser browser) {
        browser.find("table.month");
        for (int month = 0; month < 5; month++) {
            List<WebElement> days = browser.all("button[data-date]");
            if (!days.isEmpty()) {
                return days.get(0);
            }
            browser.find("button[id$='nextMonth']").click();
            browser.awaitAjax();
        }
        throw new AssertionError("no day with places in five months at " + browser.driver.getCurrentUrl()
                + ", on a page that reads: " + browser.text());
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** The first day with places at least {@link #DAYS_PAST_THE_CUT_OFF} days after today at the office. */
    private static WebElement dayPastTheCutOff(Browser browser, ZoneId office) {
        LocalDate earliest = LocalDate.now(office).plusDays(DAYS_PAST_THE_CUT_OFF);
        for (int month = 0; month < 5; month++) {
            List<WebElement> days = browser.all("button[data-date]").stream()
                    .filter(d -> !LocalDate.parse(d.getAttribute("data-date")).isBefore(earliest)).toList();
            if (!days.isEmpty()) {
                return days.get(0);
            }
            browser.find("button[id$='nextMonth']").click();
            browser.awaitAjax();
        }
        throw new AssertionError("no day with places from " + earliest + " in the booking window");
    }

    private static long horizontalOverflow(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static String passport() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private String site() {
        return "http://localhost:" + base.getPort() + base.getPath();
    }
}
