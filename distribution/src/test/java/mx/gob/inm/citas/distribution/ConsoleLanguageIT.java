package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.shared.DomainException;
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
 * The console in Spanish on the real Payara Micro, as staff meet its refusals: each is said in Spanish, with its
 * values, beside the field it is about and in view (on a desktop and on a phone), never as the domain's English
 * sentence; the audit log says its actions and details in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLanguageIT {

    private static final String ADMIN_PASSWORD = System.getProperty("citas.it.admin.password");
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    /** Words of the domain's English messages: none may reach a Spanish page. */
    private static final List<String> ENGLISH = List.of("already exists", "is already taken", "must start",
            "before it ends", "No fue posible:", " must ", "Please", "The username", "An office");

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void a_browser_and_the_admin_password() {
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
        assertThat(ADMIN_PASSWORD).as("citas.it.admin.password from the build").isNotBlank();
    }

    @Test
    void every_console_refusal_is_said_in_spanish_beside_its_field_in_view_and_the_audit_log_speaks_spanish() {
        String staffName = "ana." + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser("console-language", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);

            // an office id that exists: beside the id, in view, with the focus on it
            officeIdTaken(browser, "offices-id-taken");

            // a username taken, beside the username
            browser.open(page("console/users.xhtml"));
            browser.byId("users:username").sendKeys("admin");
            browser.byId("users:displayName").sendKeys("Otra Administradora");
            new Select(browser.byId("users:role")).selectByValue("ADMIN");
            browser.byId("users:password").sendKeys("una-contraseña-larga-2026");
            browser.byId("users:save").click();
            browser.awaitAjax();
            assertBeside(browser, "users:username", RefusalMessages.of("username.taken", List.of("admin"), SPANISH));
            assertFocused(browser, "users:username");
            assertNoEnglish(browser);
            browser.checkStep("users-username-taken");

            // a password too short, beside the password
            browser.byId("users:username").clear();
            browser.byId("users:username").sendKeys(staffName);
            browser.byId("users:password").sendKeys("corta");
            browser.byId("users:save").click();
            browser.awaitAjax();
            assertBeside(browser, "users:password", RefusalMessages.of("password.length", List.of(12, 128), SPANISH));
            assertNoEnglish(browser);

            // a member who works in Tijuana only, to try reading Cancún below
            browser.byId("users:username").clear();
            browser.byId("users:username").sendKeys(staffName);
            browser.byId("users:displayName").clear();
            browser.byId("users:displayName").sendKeys("Ana Lengua");
            new Select(browser.byId("users:role")).selectByValue("STAFF");
            new Select(browser.byId("users:offices")).selectByValue("bc-tijuana");
            browser.byId("users:password").sendKeys("una-contraseña-larga-2026");
            browser.byId("users:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Cuenta " + staffName + " creada");

            // a time range 16:00-08:00, beside its row, in view
            browser.open(page("console/schedule.xhtml?office=qroo-cancun"));
            setValue(browser, "week:periods:0:opens", "16:00");
            setValue(browser, "week:periods:0:closes", "08:00");
            browser.byId("week:save").click();
            browser.awaitAjax();
            String reversed = RefusalMessages.of(refusal(() -> new TimeRange(LocalTime.of(16, 0),
                    LocalTime.of(8, 0))), SPANISH);
            assertThat(reversed).isEqualTo("La hora de inicio (16:00) debe ser anterior a la de fin (08:00).");
            WebElement rowError = browser.byId("week:periods:0:rowError");
            assertThat(rowError.getText()).isEqualTo(reversed);
            assertInView(browser, rowError);
            assertFocused(browser, "week:periods:0:opens");
            assertThat(browser.text()).doesNotContain(refusal(() -> new TimeRange(LocalTime.of(16, 0),
                    LocalTime.of(8, 0))).getMessage());
            assertNoEnglish(browser);
            browser.checkStep("schedule-reversed-range");

            // a procedure code taken: beside the code, and what was typed stays
            browser.open(page("console/procedures.xhtml"));
            browser.byId("procedures:code").sendKeys("CANJE-RT");
            browser.byId("procedures:nameEs").sendKeys("Trámite repetido");
            browser.byId("procedures:nameEn").sendKeys("Repeated procedure");
            browser.byId("procedures:requirementsEs").sendKeys("Pasaporte");
            browser.byId("procedures:requirementsEn").sendKeys("Passport");
            browser.byId("procedures:save").click();
            browser.awaitAjax();
            assertBeside(browser, "procedures:code",
                    RefusalMessages.of("procedureCode.taken", List.of("CANJE-RT"), SPANISH));
            assertThat(browser.byId("procedures:nameEs").getAttribute("value")).isEqualTo("Trámite repetido");
            assertThat(browser.byId("procedures:nameEn").getAttribute("value")).isEqualTo("Repeated procedure");
            assertThat(browser.byId("procedures:requirementsEs").getAttribute("value")).isEqualTo("Pasaporte");
            browser.checkStep("procedures-code-taken");

            // the agenda is looked at (applicant data viewed), then the new member tries to read Cancún
            browser.open(page("console/?office=qroo-cancun"));
            browser.clickAndWaitForPage(browser.byId("account:signOut"));
            signIn(browser, staffName, "una-contraseña-larga-2026");
            browser.open(page("console/?office=qroo-cancun"));
            assertThat(browser.text()).contains("No tiene acceso a la oficina qroo-cancun.");
            assertNoEnglish(browser);
            browser.checkStep("agenda-not-their-office");
            browser.clickAndWaitForPage(browser.byId("account:signOut"));

            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.open(page("console/audit.xhtml"));
            assertThat(browser.text()).contains("Consultó datos de un solicitante", "Acceso negado",
                    "intentó leer como personal de oficina", "Inició sesión")
                    .doesNotContain("VIEWED_APPLICANT_DATA", "ACCESS_REFUSED", "tried to read as", "SIGNED_IN");
            assertThat(new Select(browser.byId("audit:action")).getOptions().stream().map(WebElement::getText))
                    .contains("Consultó datos de un solicitante").doesNotContain("VIEWED_APPLICANT_DATA");
            browser.checkStep("audit");
        }
        try (Browser phone = new Browser("console-language-phone", "es-MX,es;q=0.9", 375, 800)) {
            signIn(phone, "admin", ADMIN_PASSWORD);
            officeIdTaken(phone, "offices-id-taken");
        }
    }

    @Test
    void the_floor_page_sets_up_tokens_windows_and_turns_and_says_each_refusal_in_spanish_beside_it() {
        try (Browser browser = new Browser("console-floor", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.open(page("console/floor.xhtml?office=zac-zacatecas"));
            assertThat(browser.text()).contains("Sala: fichas y ventanillas", "Esta oficina no entrega fichas.");
            browser.checkStep("floor-empty");

            browser.byId("floorForm:addPool").click();
            browser.awaitAjax();
            setValue(browser, "floorForm:pools:0:letter", "C");
            new Select(browser.byId("floorForm:pools:0:procedures")).selectByValue("CANJE-RT");
            browser.byId("floorForm:savePools").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains(RefusalMessages.of("pool.letterReserved", List.of('C'), SPANISH));

            setValue(browser, "floorForm:pools:0:letter", "A");
            setValue(browser, "floorForm:pools:0:tokens", "40");
            browser.byId("floorForm:savePools").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Fichas de Oficina de Representación Zacatecas guardadas.");

            browser.byId("floorForm:addWindow").click();
            browser.awaitAjax();
            new Select(browser.byId("floorForm:windows:0:procedures")).selectByValue("CANJE-RT");
            browser.byId("floorForm:addWindow").click();
            browser.awaitAjax();
            browser.byId("floorForm:saveWindows").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Ventanillas de Oficina de Representación Zacatecas guardadas.");
            assertThat(browser.byId("floorForm:windows:1:number").getAttribute("value")).isEqualTo("2");

            setValue(browser, "floorForm:ratioAppointments", "25");
            browser.byId("floorForm:saveTurns").click();
            browser.awaitAjax();
            assertBeside(browser, "floorForm:ratioAppointments",
                    RefusalMessages.of("queueRatio.outOfRange", List.of(), SPANISH));
            assertNoEnglish(browser);
            browser.checkStep("floor-set-up");
        }
        try (Browser phone = new Browser("console-floor-phone", "es-MX,es;q=0.9", 390, 844)) {
            signIn(phone, "admin", ADMIN_PASSWORD);
            phone.open(page("console/floor.xhtml?office=zac-zacatecas"));
            assertThat(phone.text()).contains("Fichas por día");
            assertThat(((Number) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .intValue()).as("sideways scroll on a phone").isZero();
            phone.checkStep("floor-phone");
        }
    }

    @Test
    void the_api_says_a_refusal_in_the_requests_language_with_its_code() {
        String path = "api/v1/offices/cdmx-ciudad-de-mexico/availability?procedure=CANJE-RT&from=2027-01-10"
                + "&to=2027-01-01";
        Http.Answer spanish = Http.get(java.net.URI.create(page(path)), "Accept-Language", "es-MX");
        Http.Answer english = Http.get(java.net.URI.create(page(path)), "Accept-Language", "en-US");

        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.object().getString("code")).isEqualTo("dateRange.reversed");
        assertThat(spanish.object().getString("detail")).contains("anterior").doesNotContain("before");
        assertThat(english.object().getString("detail")).contains("before");
        assertThat(english.object().getString("type")).isEqualTo(spanish.object().getString("type"));
    }

    private void officeIdTaken(Browser browser, String step) {
        browser.open(page("console/offices.xhtml"));
        browser.byId("offices:id").sendKeys("qroo-cancun");
        browser.byId("offices:name").sendKeys("Oficina repetida");
        new Select(browser.byId("offices:state")).selectByValue("QROO");
        browser.byId("offices:city").sendKeys("Cancún");
        browser.byId("offices:address").sendKeys("Av. Tulum 1");
        browser.byId("offices:save").click();
        browser.awaitAjax();
        assertBeside(browser, "offices:id", RefusalMessages.of("officeId.taken", List.of("qroo-cancun"), SPANISH));
        assertFocused(browser, "offices:id");
        assertThat(browser.byId("offices:name").getAttribute("value")).isEqualTo("Oficina repetida");
        assertThat(browser.byId("offices:id").getAttribute("value")).as("what was typed stays").isEqualTo("qroo-cancun");
        assertNoEnglish(browser);
        browser.checkStep(step);
        // the list is paged: a page of offices, not all of them
        assertThat(browser.all("[id='offices:list'] tbody tr")).hasSizeBetween(1, 15);
        assertThat(browser.text()).contains("Oficinas 1 a 15 de");
    }

    /** The message beside the field (in the same field block), with the exact Spanish text, in view. */
    private static void assertBeside(Browser browser, String clientId, String expected) {
        WebElement field = browser.byId(clientId);
        WebElement message = field.findElement(By.xpath(
                "ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]"));
        assertThat(message.getText()).as("beside " + clientId).isEqualTo(expected);
        assertThat(field.getAttribute("aria-invalid")).as(clientId + " marked invalid").isEqualTo("true");
        assertInView(browser, message);
        assertThat(browser.text()).doesNotContain("No fue posible:");
    }

    private static void assertInView(Browser browser, WebElement element) {
        Object inView = ((JavascriptExecutor) browser.driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
        assertThat(inView).as("in the viewport").isEqualTo(Boolean.TRUE);
    }

    private static void assertFocused(Browser browser, String clientId) {
        Object focused = ((JavascriptExecutor) browser.driver).executeScript("return document.activeElement.id;");
        assertThat(focused).as("the focus").isEqualTo(clientId);
    }

    private static void assertNoEnglish(Browser browser) {
        String text = browser.text();
        assertThat(text).as("a Spanish page").doesNotContain(ENGLISH.toArray(String[]::new));
        // any English sentence, not only the ones listed: Spanish has none of these words (the language switch
        // says "English", which is none of them either)
        java.util.regex.Matcher english = ENGLISH_WORDS.matcher(text);
        assertThat(english.find() ? text.substring(Math.max(0, english.start() - 60),
                Math.min(text.length(), english.end() + 60)) : "").as("English words on a Spanish page").isEmpty();
    }

    /** Words every English sentence of the domain has one of, and no Spanish sentence has. */
    private static final java.util.regex.Pattern ENGLISH_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(the|must|already|cannot|please|should|is|are|was|undone|only|there|this|that|with)\\b");

    private void signIn(Browser browser, String username, String password) {
        browser.open(page("console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys(username);
        browser.byId("signIn:password").sendKeys(password);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
        assertThat(browser.text()).contains("Cerrar sesión").doesNotContain("Usuario o contraseña incorrectos");
    }

    private static void setValue(Browser browser, String clientId, String value) {
        WebElement input = browser.byId(clientId);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
        browser.awaitAjax();
    }

    private static DomainException refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    /** The address the browser uses: localhost, as the other console tests. */
    private String page(String path) {
        return "http://localhost:" + base.getPort() + "/" + path;
    }
}
