package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff act for an applicant in the console, in Spanish, in headless Chromium with axe on every step (issue #15):
 * a walk-up applicant without an e-mail address is booked at the desk and then moved with a reason that the agenda
 * shows; another, booked by phone with an address, is cancelled with a reason and mailed; a closure ahead is
 * removed; on a phone the booking dialog fits the screen. Undoing a check-in needs a free time still ahead today at
 * the office: that test runs on a jar of its own whose clock is a working morning at Cancún.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffForApplicantIT {

    private static final String ADMIN_PASSWORD = System.getProperty("citas.it.admin.password");
    private static final String OFFICE = "qroo-cancun";
    private static final ZoneId CANCUN = ZoneId.of("America/Cancun");

    @TempDir
    Path work;
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
        assertThat(ADMIN_PASSWORD).as("citas.it.admin.password from the build").isNotBlank();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        mailbox.close();
    }

    @Test
    void staff_book_a_walk_up_without_email_move_it_with_a_reason_and_cancel_a_phone_booking() throws Exception {
        String day = firstFreeSlot(OFFICE).getString("start").substring(0, 10);
        String walkUpPassport = passport("W");
        String phonePassport = passport("P");
        String email = "telefono-" + UUID.randomUUID() + "@ejemplo.mx";

        try (Browser browser = new Browser("staff-for-applicant", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser);
            browser.open(page("console/?office=" + OFFICE + "&day=" + day));
            assertThat(browser.lang()).isEqualTo("es");
            assertThat(browser.find("h2").getText()).as("the day in words").matches(
                    "(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \\d{1,2} de [a-z]+ de \\d{4} \\("
                            + day + "\\)");

            String walkUp = BookingDialog.book(browser, "Mateo", "Hernández Cruz", walkUpPassport, null,
                    "book-form-W");
            browser.checkStep("walk-up-booked");
            assertThat(browser.find(".booked-code").getText()).isEqualTo(walkUp);
            browser.byId("bookForm:closeBooking").click();
            assertThat(browser.text()).contains(walkUp, "Mateo Hernández Cruz", "Confirmada");
            JsonObject booked = appointment(walkUp, walkUpPassport);
            assertThat(booked.getString("status")).isEqualTo("CONFIRMED");
            String firstStart = booked.getString("start");

            browser.find(".move-" + walkUp).click();
            browser.awaitAjax();
            assertThat(browser.find("[id='moveDialog']").getText()).contains("Cambiar el horario de la cita " + walkUp);
            browser.checkStep("move-dialog");
            browser.byId("moveForm:confirmMove").click();
            browser.awaitAjax();
            assertThat(browser.find("[id='moveDialog']").getText()).contains("Escriba el motivo");
            browser.checkStep("move-refused-beside-fields");
            Select times = new Select(browser.byId("moveForm:moveTime"));
            assertThat(times.getOptions()).hasSizeGreaterThan(1);
            times.selectByIndex(times.getOptions().size() - 1);
            browser.byId("moveForm:reason").sendKeys("La persona pidió un horario más tarde");
            browser.byId("moveForm:confirmMove").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Horario de la cita " + walkUp + " cambiado",
                    "Motivo del cambio: La persona pidió un horario más tarde");
            assertThat(browser.text()).as("a walk-up without e-mail is not mailed: staff are told to call")
                    .contains("La persona de la cita " + walkUp + " no dio correo ni teléfono y no recibirá aviso");
            browser.checkStep("moved-with-reason");
            assertThat(appointment(walkUp, walkUpPassport).getString("start")).isNotEqualTo(firstStart);

            String byPhone = BookingDialog.book(browser, "Rosa", "Díaz Luna", phonePassport, email, "book-form-P");
            browser.byId("bookForm:closeBooking").click();
            assertThat(mailbox.awaitMail(email, 1)).hasSize(1);
            browser.find(".cancel-" + byPhone).click();
            browser.awaitAjax();
            assertThat(browser.find("[id='cancelDialog']").getText()).contains("Cancelar la cita " + byPhone);
            browser.byId("cancelForm:reason").sendKeys("Llamó: no podrá venir");
            browser.checkStep("cancel-dialog");
            browser.byId("cancelForm:confirmCancel").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Cita " + byPhone + " cancelada", "Motivo del cambio: Llamó: no podrá"
                    + " venir");
            browser.checkStep("cancelled-with-reason");
            assertThat(appointment(byPhone, phonePassport).getString("status")).isEqualTo("CANCELLED");
            assertThat(Mailbox.text(mailbox.awaitMail(email, 2).get(1))).contains(byPhone);
            assertThat(browser.text()).doesNotContain("Exception", "An appointment", "The reason")
                    .as("the phone booking had an address: it was mailed").doesNotContain("La persona de la cita "
                            + byPhone);

            browser.open(page("console/audit.xhtml"));
            String audit = browser.text();
            assertThat(audit).as("staff actions in Spanish, in the office's local time")
                    .containsPattern("del \\d{4}-\\d{2}-\\d{2} a las \\d{2}:\\d{2} al \\d{4}-\\d{2}-\\d{2} a las"
                            + " \\d{2}:\\d{2}")
                    .contains("sin correo electrónico", "cita del ")
                    .as("no English detail and no staff reason in the audit log")
                    .doesNotContain("no e-mail address", "La persona pidió un horario más tarde",
                            "Llamó: no podrá venir", "Z to ", "undone");
            browser.checkStep("audit-in-words");
        }

        try (Browser phone = new Browser("staff-for-applicant-phone", "es-MX,es;q=0.9", 375, 800)) {
            signIn(phone);
            phone.open(page("console/?office=" + OFFICE + "&day=" + day));
            phone.checkStep("phone-agenda");
            phone.byId("agendaForm:bookFor").click();
            phone.awaitAjax();
            Number right = (Number) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.getElementById('bookDialog').getBoundingClientRect().right;");
            assertThat(right.doubleValue()).as("the dialog fits the phone's width").isLessThanOrEqualTo(375);
            phone.checkStep("phone-book-dialog");
        }
    }

    @Test
    void a_closure_ahead_is_removed_and_the_page_says_what_it_cancelled_stays_cancelled() {
        LocalDate farAhead = LocalDate.now(officeZone(OFFICE)).plusDays(300);
        try (Browser browser = new Browser("staff-closure-removal", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser);
            browser.open(page("console/closures.xhtml?office=" + OFFICE));
            setValue(browser, "closures:firstDay", farAhead.toString());
            browser.byId("closures:reason").sendKeys("Mantenimiento eléctrico");
            browser.byId("closures:preview").click();
            browser.awaitAjax();
            browser.byId("closures:close").click();
            assertThat(browser.find(".ui-confirm-dialog-message").getText()).as("names the office and the days")
                    .contains(Http.get(uri("api/v1/offices/" + OFFICE)).object().getString("name"))
                    .contains(String.valueOf(farAhead.getYear()));
            browser.find(".ui-confirmdialog-yes").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Cierre registrado", "Mantenimiento eléctrico");

            browser.all("[id='closures:ahead'] tr").stream()
                    .filter(r -> r.getText().contains("Mantenimiento eléctrico")).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.cssSelector(".remove-closure")).click();
            assertThat(browser.find(".ui-confirm-dialog-message").getText()).startsWith("¿Quitar el cierre de")
                    .contains("siguen canceladas");
            browser.checkStep("closure-remove-confirm");
            browser.find(".ui-confirmdialog-yes").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Cierre quitado", "siguen canceladas")
                    .doesNotContain("Mantenimiento eléctrico");
            browser.checkStep("closure-removed");
        }
    }

    /**
     * On a jar of its own whose clock is a quiet Tuesday at 10:00 in Cancún ({@link FakedTime}): a check-in is taken
     * only on the appointment's day, and a run at night or on a rest day has no time left today to book.
     */
    @Test
    void a_mistaken_check_in_today_is_undone() throws Exception {
        LocalDate today = FakedTime.aQuietTuesday(CANCUN);
        String walkUpPassport = passport("U");
        try (RunningJar app = FakedTime.start(work.resolve("undo-data"), CANCUN, today.atTime(10, 0),
                Map.of("CITAS_ADMIN_PASSWORD", ADMIN_PASSWORD, "CITAS_LIMITS", "off"));
                Browser browser = new Browser("staff-undo-check-in", "es-MX,es;q=0.9", 1280, 900)) {
            String console = "http://localhost:" + app.port() + "/console/";
            browser.open(console + "sign-in.xhtml");
            browser.byId("signIn:username").sendKeys("admin");
            browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.byId("signIn:submit"));
            browser.open(console + "?office=" + OFFICE + "&day=" + today);
            String code = BookingDialog.book(browser, "Elena", "Ruiz Mora", walkUpPassport, null, "book-form-U");
            browser.byId("bookForm:closeBooking").click();

            browser.byId("agendaForm:query").sendKeys(code + Keys.ENTER);
            browser.awaitAjax();
            assertThat(browser.find("[id='checkInDialog']").isDisplayed()).as("the code opens its check-in").isTrue();
            assertThat(browser.find("[id='checkInDialog']").getText()).contains("Elena Ruiz Mora", "HND",
                    "2 de marzo de 1988").doesNotContain(walkUpPassport);
            browser.byId("checkInForm:confirm").click();
            browser.awaitAjax();
            assertThat(browser.find("[id='checkInDialog']").getText())
                    .contains("Escriba el número de pasaporte que presenta la persona");
            browser.checkStep("check-in-empty-passport");
            browser.byId("checkInForm:passport").sendKeys(walkUpPassport);
            browser.byId("checkInForm:confirm").click();
            browser.awaitAjax();
            assertThat(browser.find(".status-" + code).getText()).isEqualTo("Llegó");
            browser.find(".undo-" + code).click();
            browser.find(".ui-confirmdialog-yes").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Último paso de la cita " + code + " deshecho");
            assertThat(browser.find(".status-" + code).getText()).isEqualTo("Confirmada");
            browser.checkStep("check-in-undone");
        }
    }

    private static String passport(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private JsonObject appointment(String code, String passport) {
        Http.Answer answer = Http.get(uri("api/v1/appointments/" + code), "X-Passport-Number", passport);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static void setValue(Browser browser, String clientId, String value) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.byId(clientId), value);
        browser.awaitAjax();
    }

    private void signIn(Browser browser) {
        browser.open(page("console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys("admin");
        browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
    }

    private JsonObject firstFreeSlot(String office) {
        LocalDate today = LocalDate.now(officeZone(office));
        JsonObject slot = firstFreeSlot(office, today.plusDays(2), today.plusDays(40));
        assertThat(slot).as("a free slot in the next weeks").isNotNull();
        return slot;
    }

    private ZoneId officeZone(String office) {
        return ZoneId.of(Http.get(uri("api/v1/offices/" + office)).object().getString("timeZone"));
    }

    private JsonObject firstFreeSlot(String office, LocalDate from, LocalDate to) {
        JsonObject availability = Http.get(uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT&from="
                + from + "&to=" + to)).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getInt("remaining") > 0).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve("/" + path);
    }

    private String page(String path) {
        return "http://localhost:" + base.getPort() + "/" + path;
    }
}
