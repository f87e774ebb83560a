package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff console on the real Payara Micro: only signed-in staff reach it, forms need a genuine view state,
 * every response carries the security headers, and the admin runs an office's day agenda in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    private static final String ADMIN_PASSWORD = System.getProperty("citas.it.admin.password");
    private static final String OFFICE = "qroo-cancun";
    private static Mailbox mailbox;

    @Deployment(testable = false)
    static WebArchive deployable() {
        return TheDeployable.war();
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void start_the_mail_server() {
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed (.ci/run installs them:"
                + " apt-get install chromium chromium-driver)").isTrue();
        assertThat(ADMIN_PASSWORD).as("citas.it.admin.password from the build").isNotBlank();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        mailbox.close();
    }

    @Test
    void a_console_page_asked_for_while_signed_out_sends_to_sign_in_and_every_answer_has_security_headers() {
        for (String page : List.of("console/", "console/index.xhtml", "console/index")) {
            Http.Answer answer = Http.get(uri(page));
            assertThat(answer.status()).as(page).isIn(302, 303);
            assertThat(answer.header("Location")).as(page).contains("/console/sign-in.xhtml");
        }
        Http.Answer signIn = Http.get(uri("console/sign-in.xhtml"));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("Iniciar sesión").doesNotContain("Agenda del día");
        for (Http.Answer answer : List.of(signIn, Http.get(uri("")), Http.get(uri("api/v1/procedures")))) {
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'",
                    "object-src 'none'", "default-src 'self'");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
            assertThat(answer.header("Strict-Transport-Security")).as("only over HTTPS").isNull();
        }
        assertThat(signIn.header("Cache-Control")).contains("no-store");
    }

    @Test
    void a_sign_in_posted_without_the_view_state_the_page_gave_is_refused() {
        Http.Answer page = Http.get(uri("console/sign-in.xhtml"));
        String cookie = page.header("Set-Cookie").split(";")[0];
        String form = "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword=" + ADMIN_PASSWORD
                + "&signIn%3Asubmit=Entrar&jakarta.faces.ViewState=forged-" + UUID.randomUUID();
        Http.Answer forged = Http.send(HttpRequest.newBuilder(uri("console/sign-in.xhtml"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form))
                .build());

        assertThat(forged.status()).as("the client's mistake, not a server error").isEqualTo(400);
        assertThat(forged.body()).contains("La página caducó").doesNotContain("Agenda del día")
                .doesNotContain("Caused by").doesNotContain("\tat ");
        Http.Answer after = Http.get(uri("console/"), "Cookie", cookie);
        assertThat(after.status()).as("still signed out").isIn(302, 303);
    }

    @Test
    void a_console_post_from_another_site_or_from_nowhere_is_refused_before_it_is_read() {
        Http.Answer page = Http.get(uri("console/sign-in.xhtml"));
        String cookie = page.header("Set-Cookie").split(";")[0];
        assertThat(page.header("Set-Cookie")).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        String form = "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword=" + ADMIN_PASSWORD
                + "&signIn%3Asubmit=Entrar";
        for (String[] origin : List.of(new String[] {"Origin", "http://evil.example"},
                new String[] {"Referer", "http://evil.example/console/sign-in.xhtml"}, new String[0])) {
            HttpRequest.Builder post = HttpRequest.newBuilder(uri("console/sign-in.xhtml"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form));
            if (origin.length > 0) {
                post.header(origin[0], origin[1]);
            }
            Http.Answer refused = Http.send(post.build());
            assertThat(refused.status()).as(String.join(" ", origin)).isEqualTo(403);
            assertThat(refused.body()).contains("Solicitud rechazada");
            assertThat(refused.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
        assertThat(Http.get(uri("console/"), "Cookie", cookie).status()).as("still signed out").isIn(302, 303);
    }

    @Test
    void the_admin_signs_in_sees_an_office_day_searches_exports_it_as_it_is_and_check_in_is_refused_on_another_day()
            throws Exception {
        JsonObject slot = firstFreeSlot(OFFICE);
        String start = slot.getString("start");
        String day = start.substring(0, 10);
        String passport = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String code = confirmedAppointment(OFFICE, start, passport, "consola-" + UUID.randomUUID() + "@ejemplo.mx");
        // a passport of digits only, with a leading zero: a spreadsheet must not take it for a number
        String digits = "0" + String.format("%09d", new java.util.Random().nextInt(1_000_000_000));
        String digitsCode = confirmedAppointment(OFFICE, firstFreeSlot(OFFICE, LocalDate.parse(day),
                LocalDate.parse(day)).getString("start"), digits, "digitos-" + UUID.randomUUID() + "@ejemplo.mx");

        try (Browser browser = new Browser("console-admin", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(page("console/?office=" + OFFICE + "&day=" + day));
            assertThat(browser.text()).contains("Iniciar sesión");
            browser.checkStep("sign-in");
            browser.byId("signIn:username").sendKeys("admin");
            browser.byId("signIn:password").sendKeys("not-the-password");
            browser.clickAndWaitForPage(browser.byId("signIn:submit"));
            assertThat(browser.text()).contains("Usuario o contraseña incorrectos");
            browser.byId("signIn:username").clear();
            browser.byId("signIn:username").sendKeys("admin");
            browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.byId("signIn:submit"));
            assertThat(browser.text()).contains("Agenda del día", "Usuarios", "Bitácora");
            browser.open(page("console/?office=" + OFFICE + "&day=" + day));

            assertThat(browser.text()).contains("Agenda del día", "Sesión de Administrador", "America/Cancun",
                    code, "Lucía Ramírez Soto", passport, "Confirmada");
            browser.checkStep("agenda");

            browser.byId("agendaForm:query").sendKeys(passport.toLowerCase());
            browser.byId("agendaForm:searchButton").click();
            browser.awaitAjax();
            assertThat(browser.find("[id='agendaForm:found']").getText()).contains(code, day);

            browser.byId("agendaForm:csv").click();
            java.nio.file.Path csv = browser.downloaded(".csv");
            assertThat(csv.getFileName().toString()).isEqualTo("agenda-" + OFFICE + "-" + day + ".csv");
            assertThat(java.nio.file.Files.readString(csv)).startsWith("\uFEFFOficina: ")
                    .contains("(" + OFFICE + ")", "Día: " + day, "America/Cancun", code, passport,
                            "Lucía Ramírez Soto", "," + digits + ",")
                    .doesNotContain("Registrar llegada");
            browser.byId("agendaForm:xlsx").click();
            java.nio.file.Path xlsx = browser.downloaded(".xlsx");
            assertThat(xlsx.getFileName().toString()).isEqualTo("agenda-" + OFFICE + "-" + day + ".xlsx");
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(OFFICE);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Día: " + day);
                org.apache.poi.ss.usermodel.Row booked = java.util.stream.StreamSupport.stream(sheet.spliterator(),
                        false).filter(r -> r.getCell(1) != null && digitsCode.equals(r.getCell(1)
                                .getStringCellValue())).findFirst().orElseThrow();
                org.apache.poi.ss.usermodel.Cell cell = booked.getCell(4);
                assertThat(cell.getCellType()).as("the passport is text")
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getStringCellValue()).as("with its leading zero").isEqualTo(digits);
            }

            WebElement checkIn = browser.find(".check-in-" + code);
            checkIn.click();
            browser.awaitAjax();
            browser.byId("checkInForm:passport").sendKeys(passport + Keys.TAB);
            browser.byId("checkInForm:confirm").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("solo se registra el día de la cita");
            assertThat(browser.find(".status-" + code).getText()).isEqualTo("Confirmada");
            browser.checkStep("check-in-refused");

            browser.clickAndWaitForPage(browser.byId("account:signOut"));
            assertThat(browser.text()).contains("Cerró su sesión");
            browser.open(page("console/"));
            assertThat(browser.text()).contains("Iniciar sesión").doesNotContain(code);
        }
    }

    @Test
    void a_day_longer_than_a_page_prints_whole_in_the_view_shown_under_its_header() throws Exception {
        String office = "ags-aguascalientes";
        LocalDate today = LocalDate.now(officeZone(office));
        // the first day, past every cut-off, with more free places than a page of the table shows
        JsonObject availability = Http.get(uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT&from="
                + today.plusDays(2) + "&to=" + today.plusDays(40))).object();
        int appointments = 23;
        List<String> starts = availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                        .flatMap(s -> java.util.Collections.nCopies(s.getInt("remaining"), s.getString("start"))
                                .stream()).toList())
                .filter(places -> places.size() >= appointments).findFirst().orElseThrow()
                .subList(0, appointments);
        String day = starts.get(0).substring(0, 10);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> codes = new java.util.ArrayList<>();
            for (int i = 0; i < appointments; i++) {
                String start = starts.get(i);
                String passport = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
                codes.add(pool.submit(() -> confirmedAppointment(office, start, passport,
                        "imprimir-" + UUID.randomUUID() + "@ejemplo.mx")));
            }
            for (java.util.concurrent.Future<String> code : codes) {
                code.get(3, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        try (Browser browser = new Browser("console-print", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.open(page("console/?office=" + office + "&day=" + day));
            assertThat(browser.all("[id='agendaForm:views:rows_data'] > tr")).as("one page on screen").hasSize(20);
            assertThat(browser.all("[id='agendaForm:views:printRows'] tbody tr")).hasSize(appointments);
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("agendaForm:views:printRows"))
                    .isDisplayed()).as("the printed day is not on screen").isFalse();

            media(browser, "print");
            assertThat(browser.byId("agendaForm:views:printRows").findElements(
                    org.openqa.selenium.By.cssSelector("tbody tr"))).hasSize(appointments)
                    .allSatisfy(row -> assertThat(row.isDisplayed()).isTrue());
            assertThat(browser.byId("printCount").getText())
                    .isEqualTo("Todas las citas del día, por hora: " + appointments);
            assertThat(browser.find(".agenda-print-header").getText()).contains("Aguascalientes", "Impres");
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("agendaForm:views:rows")).isDisplayed())
                    .as("the page of the table is not printed").isFalse();
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("slots")).isDisplayed())
                    .as("only the view shown is printed").isFalse();
            browser.screenshot("agenda-printed-table");

            media(browser, "screen");
            browser.find("a[href='#agendaForm:views:slotsTab']").click();
            browser.waitFor(d -> d.findElement(org.openqa.selenium.By.id("slots")).isDisplayed());
            media(browser, "print");
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("slots")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("agendaForm:views:printRows"))
                    .isDisplayed()).as("the table's view is not printed with the slots' view").isFalse();
            browser.screenshot("agenda-printed-slots");
        }
        try (Browser phone = new Browser("console-phone", "es-MX,es;q=0.9", 375, 800)) {
            signIn(phone, "admin", ADMIN_PASSWORD);
            phone.open(page("console/?office=" + office + "&day=" + day));
            // the day's table scrolls inside its frame; the page itself does not scroll sideways
            Object wider = ((org.openqa.selenium.JavascriptExecutor) phone.driver).executeScript(
                    "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll("
                            + "'body *')).filter(function (e) { var r = e.getBoundingClientRect();"
                            + " return r.width > 0 && r.right > w + 1 && !e.closest('.ui-datatable-tablewrapper'); })"
                            + ".slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' '"
                            + " + Math.round(e.getBoundingClientRect().right); }).join(', ');");
            assertThat(String.valueOf(wider)).as("elements wider than a 375 px phone").isEmpty();
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .intValue()).isZero();
            phone.checkStep("agenda-phone");
        }
    }

    /** Renders the page for {@code media} ("print" or "screen"), as the browser's print preview does. */
    private static void media(Browser browser, String media) {
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", media));
    }

    @Test
    void after_a_wrong_password_every_console_page_asked_for_shows_the_sign_in_form_never_an_empty_page() {
        Http.Answer form = Http.get(uri("console/sign-in.xhtml"));
        String cookie = form.header("Set-Cookie").split(";")[0];
        Http.Answer wrong = Http.send(HttpRequest.newBuilder(uri("console/sign-in.xhtml"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(
                        "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword=not-the-password"
                                + "&signIn%3Asubmit=Entrar&jakarta.faces.ViewState="
                                + java.net.URLEncoder.encode(viewState(form.body()),
                                        java.nio.charset.StandardCharsets.UTF_8))).build());
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Usuario o contraseña incorrectos", "signIn:password");
        String after = wrong.header("Set-Cookie") == null ? cookie : wrong.header("Set-Cookie").split(";")[0];
        for (String session : List.of(cookie, after)) {
            for (String page : List.of("console/", "console/closures.xhtml", "console/index.xhtml")) {
                Http.Answer answer = Http.get(uri(page), "Cookie", session);
                assertThat(answer.status()).as(page + " after a wrong password").isIn(302, 303);
                assertThat(answer.header("Location")).as(page).contains("/console/sign-in.xhtml");
            }
        }

        try (Browser browser = new Browser("console-wrong-password", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", "not-the-password");
            assertThat(browser.text()).contains("Usuario o contraseña incorrectos");
            assertThat(browser.byId("signIn:password").isDisplayed()).as("the error beside the form").isTrue();
            browser.checkStep("wrong-password");
            for (String page : List.of("console/", "console/closures.xhtml")) {
                browser.open(page(page));
                assertThat(browser.text()).as(page).contains("Iniciar sesión").doesNotContain("Agenda del día");
                assertThat(browser.byId("signIn:username").isDisplayed()).isTrue();
            }
            browser.byId("signIn:username").sendKeys("admin");
            browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.byId("signIn:submit"));
            assertThat(browser.text()).contains("Agenda del día", "Sesión de Administrador");
        }
    }

    @Test
    void a_supervisor_is_offered_no_step_nor_closure_form_and_a_page_left_open_from_before_says_why_it_refuses()
            throws Exception {
        JsonObject slot = firstFreeSlot(OFFICE);
        String start = slot.getString("start");
        String day = start.substring(0, 10);
        String passport = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String code = confirmedAppointment(OFFICE, start, passport, "supervision-" + UUID.randomUUID()
                + "@ejemplo.mx");
        String username = "sofia." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Supervision-Cancun-3";
        String agenda = page("console/?office=" + OFFICE + "&day=" + day);

        try (Browser admin = new Browser("console-roles-admin", "es-MX,es;q=0.9", 1280, 900);
                Browser member = new Browser("console-roles-member", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(admin, "admin", ADMIN_PASSWORD);
            admin.open(page("console/users.xhtml"));
            admin.byId("users:username").sendKeys(username);
            admin.byId("users:displayName").sendKeys("Sofía Vega");
            new Select(admin.byId("users:offices")).selectByValue(OFFICE);
            admin.byId("users:password").sendKeys(password);
            admin.byId("users:save").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Cuenta " + username + " creada");

            signIn(member, username, password);
            member.open(agenda);
            assertThat(member.all(".check-in-" + code)).as("staff of the office are offered check-in").hasSize(1);

            // while that page is open, the admin makes the member a supervisor
            admin.find(".edit-" + username.replace(".", "\\.")).click();
            admin.awaitAjax();
            new Select(admin.byId("users:role")).selectByValue("SUPERVISOR");
            admin.byId("users:save").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Cuenta " + username + " guardada");

            member.find(".check-in-" + code).click();
            member.awaitAjax();
            member.byId("checkInForm:passport").sendKeys(passport + Keys.TAB);
            member.byId("checkInForm:confirm").click();
            member.awaitAjax();
            assertThat(member.text()).contains("Su función de supervisor permite consultar esta oficina, pero no"
                    + " registrar cambios", code, "Lucía Ramírez Soto").doesNotContain("No tiene acceso");
            assertThat(member.all(".check-in-" + code)).as("the page offers what the role allows now").isEmpty();
            assertThat(Http.get(uri("api/v1/appointments/" + code), "X-Passport-Number", passport).object()
                    .getString("status")).isEqualTo("CONFIRMED");
            member.checkStep("role-changed-refused");

            member.open(agenda);
            assertThat(member.text()).contains("Sesión de Sofía Vega (supervisión)", code, passport)
                    .doesNotContain("Registrar llegada", "No se presentó");
            assertThat(member.all("[id$=':checkIn'], [id$=':noShow'], [id$=':attended'], [id='checkInDialog']"))
                    .as("no step on any appointment").isEmpty();
            member.checkStep("supervisor-agenda");

            member.open(page("console/closures.xhtml?office=" + OFFICE));
            assertThat(member.text()).contains("Cierres próximos", "Días de descanso obligatorio")
                    .doesNotContain("Cerrar la oficina", "No tiene acceso");
            assertThat(member.all("[id='closures:firstDay'], [id='closures:preview']")).isEmpty();
            member.checkStep("supervisor-closures");

            member.open(page("console/schedule.xhtml?office=" + OFFICE));
            assertThat(member.text()).doesNotContain("No tiene acceso");
            assertThat(member.all("[id='week:save'], [id='week:add']")).isEmpty();
            member.open(page("console/offices.xhtml"));
            assertThat(member.text()).contains(OFFICE);
            assertThat(member.all(".edit-" + OFFICE + ", [id='offices:save']")).isEmpty();
        }
    }

    @Test
    void the_admin_creates_a_staff_member_for_one_office_who_cannot_reach_another_office_nor_the_admin_pages() {
        String username = "ana." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Cancun-Ventanilla-7";
        try (Browser browser = new Browser("console-users", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.find("nav.console-nav a[href$='users.xhtml']"));
            assertThat(browser.text()).contains("Usuarios de la consola", "admin");
            browser.byId("users:username").sendKeys(username);
            browser.byId("users:displayName").sendKeys("Ana Pérez");
            new org.openqa.selenium.support.ui.Select(browser.byId("users:offices")).selectByValue(OFFICE);
            browser.byId("users:password").sendKeys("corta");
            browser.byId("users:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("La contraseña debe tener de 12 a 128 caracteres")
                    .doesNotContain("Cuenta " + username + " creada");
            browser.byId("users:password").sendKeys(password);
            browser.byId("users:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Cuenta " + username + " creada", "Ana Pérez", OFFICE);
            browser.checkStep("users");
            browser.clickAndWaitForPage(browser.byId("account:signOut"));

            signIn(browser, username, password);
            assertThat(browser.text()).contains("Agenda del día", "Sesión de Ana Pérez (personal)")
                    .doesNotContain("Bitácora");
            browser.open(page("console/?office=bc-tijuana"));
            assertThat(browser.text()).contains("No tiene acceso a la oficina bc-tijuana");
            browser.checkStep("other-office-refused");
            browser.open(page("console/closures.xhtml?office=bc-tijuana"));
            assertThat(browser.text()).contains("No tiene acceso a la oficina bc-tijuana")
                    .doesNotContain("Cerrar la oficina");
            browser.open(page("console/users.xhtml"));
            assertThat(browser.text()).contains("Solo una persona administradora").doesNotContain("admin ");
            browser.open(page("console/audit.xhtml"));
            assertThat(browser.text()).contains("Solo una persona administradora");
            browser.clickAndWaitForPage(browser.byId("account:signOut"));

            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.open(page("console/audit.xhtml"));
            // the actions and details in words, in the page's language
            assertThat(browser.text()).contains("Creó una cuenta", "Acceso negado", "bc-tijuana", username,
                    "intentó leer como personal de oficina").doesNotContain("STAFF_CREATED", "ACCESS_REFUSED");
            browser.checkStep("audit");
        }
    }

    @Test
    void closing_a_day_that_has_a_booked_appointment_cancels_it_and_mails_the_applicant_an_apology() throws Exception {
        String office = "yuc-merida";
        JsonObject slot = firstFreeSlot(office);
        String start = slot.getString("start");
        String day = start.substring(0, 10);
        String email = "cierre-" + UUID.randomUUID() + "@ejemplo.mx";
        String passport = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String code = confirmedAppointment(office, start, passport, email);

        try (Browser browser = new Browser("console-closure", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.find("nav.console-nav a[href$='closures.xhtml']"));
            browser.open(page("console/closures.xhtml?office=" + office));
            assertThat(browser.text()).contains("Cierres de oficina", "Días de descanso obligatorio");
            browser.byId("closures:preview").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Escriba una fecha válida", "Escriba el motivo del cierre");

            setValue(browser, "closures:firstDay", day);
            browser.byId("closures:reason").sendKeys("Fumigación del edificio");
            browser.byId("closures:preview").click();
            browser.awaitAjax();
            assertThat(browser.find("[id='closures:affected']").getText()).contains(code, "Lucía Ramírez Soto");
            browser.checkStep("closure-preview");
            assertThat(Http.get(uri("api/v1/appointments/" + code), "X-Passport-Number", passport).object()
                    .getString("status")).as("a preview changes nothing").isEqualTo("CONFIRMED");

            browser.byId("closures:close").click();
            browser.find(".ui-confirmdialog-yes").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Se canceló 1 cita", "Fumigación del edificio");
            browser.checkStep("closure-done");
        }
        assertThat(Http.get(uri("api/v1/appointments/" + code), "X-Passport-Number", passport).object()
                .getString("status")).isEqualTo("CANCELLED");
        jakarta.mail.internet.MimeMessage apology = mailbox.awaitMail(email, 3).get(2);
        assertThat(Mailbox.text(apology)).contains(code).containsIgnoringCase("disculp");
        assertThat(Mailbox.calendarOf(apology).toString()).contains("METHOD:CANCEL");
        Http.Answer again = Http.hold(uri("api/v1/appointments"), holdJson(office, start, "N" + passport
                .substring(1), "otra-" + email));
        assertThat(again.status()).as("the closed day is no longer offered").isEqualTo(422);
    }

    @Test
    void a_new_admin_sets_up_an_office_and_its_week_closes_a_day_and_a_staff_member_checks_an_applicant_in()
            throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String office = "it-" + suffix;
        ZoneId zone = aZoneWhereItIsMorning();
        LocalDate today = LocalDate.now(zone);
        String username = "luis." + suffix;
        String procedure = "PRUEBA-" + suffix.toUpperCase();
        String password = "Ventanilla-Nueva-9";
        try (Browser browser = new Browser("console-setup", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(browser, "admin", ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.find("nav.console-nav a[href$='offices.xhtml']"));
            browser.byId("offices:id").sendKeys(office);
            browser.byId("offices:name").sendKeys("Oficina de prueba " + suffix);
            new Select(browser.byId("offices:state")).selectByValue("QROO");
            browser.byId("offices:city").sendKeys("Tulum");
            browser.byId("offices:address").sendKeys("Av. Tulum 1, Centro");
            new Select(browser.byId("offices:timeZone")).selectByValue(zone.getId());
            browser.byId("offices:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Oficina " + office + " creada", zone.getId());
            browser.checkStep("office-created");

            browser.clickAndWaitForPage(browser.find("nav.console-nav a[href$='procedures.xhtml']"));
            browser.byId("procedures:code").sendKeys(procedure);
            browser.byId("procedures:nameEs").sendKeys("Trámite de prueba " + suffix);
            browser.byId("procedures:nameEn").sendKeys("Test procedure " + suffix);
            browser.byId("procedures:duration").clear();
            browser.byId("procedures:duration").sendKeys("20");
            browser.byId("procedures:requirementsEs").sendKeys("Pasaporte vigente\nFormato de solicitud");
            browser.byId("procedures:requirementsEn").sendKeys("Valid passport");
            browser.byId("procedures:save").click();
            browser.awaitAjax();
            assertThat(browser.find("[id='procedures'] .ui-message-error").getText())
                    .contains("2 documentos en español y 1 en inglés");
            assertThat(browser.text()).doesNotContain("Trámite " + procedure + " agregado");
            browser.byId("procedures:requirementsEn").clear();
            browser.byId("procedures:requirementsEn").sendKeys("Valid passport\nApplication form");
            browser.byId("procedures:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Trámite " + procedure + " agregado", "Trámite de prueba " + suffix);
            browser.checkStep("procedure-added");

            browser.open(page("console/schedule.xhtml?office=" + office));
            assertThat(browser.text()).contains("Sin horario");
            browser.byId("week:add").click();
            browser.awaitAjax();
            setValue(browser, "week:periods:0:opens", "00:00");
            setValue(browser, "week:periods:0:closes", "23:30");
            browser.byId("week:periods:0:slot").clear();
            browser.byId("week:periods:0:slot").sendKeys("30");
            browser.byId("week:periods:0:places").clear();
            browser.byId("week:periods:0:places").sendKeys("2");
            new Select(browser.byId("week:periods:0:procedures")).selectByValue("CANJE-RT");
            new Select(browser.byId("week:periods:0:procedures")).selectByValue(procedure);
            for (int day = 1; day < 7; day++) {
                browser.byId("week:add").click();
                browser.awaitAjax();
            }
            browser.byId("week:save").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Semana de " + office + " guardada");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("[id$=':places']")))
                    .hasSize(7);
            browser.checkStep("week");
        }

        Http.Answer catalogue = Http.get(uri("api/v1/procedures"), "Accept-Language", "en");
        assertThat(catalogue.body()).contains(procedure, "Test procedure " + suffix, "Application form");
        assertThat(Http.get(uri("api/v1/offices/" + office + "/availability?procedure=" + procedure)).object()
                .getJsonArray("days")).isNotEmpty();
        String todayStart = firstFreeSlot(office, today, today).getString("start");
        String todayPassport = "T" + suffix.toUpperCase();
        String todayCode = confirmedAppointment(office, todayStart, todayPassport, "hoy-" + suffix + "@ejemplo.mx");
        // the next day the office opens (not a federal rest day: on 31 December that is 2 January)
        LocalDate nextDay = nextWorkingDay(today);
        String tomorrowStart = firstFreeSlot(office, nextDay, nextDay).getString("start");
        String first = confirmedAppointment(office, tomorrowStart, "U" + suffix.toUpperCase(),
                "manana1-" + suffix + "@ejemplo.mx");
        String second = confirmedAppointment(office, tomorrowStart, "V" + suffix.toUpperCase(),
                "manana2-" + suffix + "@ejemplo.mx");

        try (Browser admin = new Browser("console-setup-admin", "es-MX,es;q=0.9", 1280, 900);
                Browser other = new Browser("console-setup-other", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(admin, "admin", ADMIN_PASSWORD);
            saveWeekWithPlaces(admin, office, 1);
            assertThat(admin.text()).contains("No se guardó", "Hay 2 reservadas y quedarían 1 lugares");
            assertThat(admin.find("[id='week:displaced']").getText()).contains(first, second)
                    .doesNotContain(todayCode);
            admin.checkStep("week-refused");
            admin.open(page("console/schedule.xhtml?office=" + office));
            assertThat(admin.byId("week:periods:0:places").getAttribute("value")).as("nothing changed")
                    .isEqualTo("2");

            admin.open(page("console/closures.xhtml?office=" + office));
            setValue(admin, "closures:firstDay", nextDay.toString());
            admin.byId("closures:reason").sendKeys("Mantenimiento eléctrico");
            admin.byId("closures:preview").click();
            admin.awaitAjax();
            assertThat(admin.find("[id='closures:affected']").getText()).contains(first, second);
            admin.byId("closures:close").click();
            admin.find(".ui-confirmdialog-yes").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Se cancelaron 2 citas");

            saveWeekWithPlaces(admin, office, 1);
            assertThat(admin.text()).as("the one appointment left in a slot still has its place")
                    .contains("Semana de " + office + " guardada");

            signIn(other, "admin", ADMIN_PASSWORD);
            admin.open(page("console/offices.xhtml"));
            other.open(page("console/offices.xhtml"));
            for (Browser editor : List.of(admin, other)) {
                showOffice(editor, office, ".edit-" + office);
                editor.find(".edit-" + office).click();
                editor.awaitAjax();
                assertThat(editor.byId("offices:name").getAttribute("value")).isEqualTo("Oficina de prueba " + suffix);
            }
            admin.byId("offices:name").clear();
            admin.byId("offices:name").sendKeys("Oficina Tulum " + suffix);
            admin.byId("offices:save").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Oficina " + office + " guardada", "Oficina Tulum " + suffix);
            other.byId("offices:address").clear();
            other.byId("offices:address").sendKeys("Av. Cobá 2");
            other.byId("offices:save").click();
            other.awaitAjax();
            assertThat(other.text()).contains("Otra persona guardó un cambio mientras usted editaba");
            other.checkStep("edit-conflict");
            assertThat(Http.get(uri("api/v1/offices")).body()).contains("Oficina Tulum " + suffix)
                    .doesNotContain("Av. Cobá 2");

            showOffice(admin, office, ".deactivate-" + office);
            admin.find(".deactivate-" + office).click();
            admin.find(".ui-confirmdialog-yes").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Oficina " + office + " oculta al público");
            assertThat(Http.get(uri("api/v1/offices")).body()).doesNotContain(office);
            showOffice(admin, office, ".activate-" + office);
            admin.find(".activate-" + office).click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Oficina " + office + " visible al público");
            assertThat(Http.get(uri("api/v1/offices")).body()).contains(office);

            admin.open(page("console/users.xhtml"));
            admin.byId("users:username").sendKeys(username);
            admin.byId("users:displayName").sendKeys("Luis Canul");
            new Select(admin.byId("users:offices")).selectByValue(office);
            admin.byId("users:password").sendKeys(password);
            admin.byId("users:save").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Cuenta " + username + " creada");
        }

        try (Browser staff = new Browser("console-setup-staff", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(staff, username, password);
            assertThat(staff.text()).contains("Agenda del día", todayCode, today.toString());
            staff.find(".check-in-" + todayCode).click();
            staff.awaitAjax();
            staff.byId("checkInForm:passport").sendKeys("X0000000" + Keys.TAB);
            staff.byId("checkInForm:confirm").click();
            staff.awaitAjax();
            assertThat(staff.text()).contains("El pasaporte que presenta la persona no es el de la cita");
            staff.find(".check-in-" + todayCode).click();
            staff.awaitAjax();
            staff.byId("checkInForm:passport").sendKeys(todayPassport + Keys.TAB);
            staff.byId("checkInForm:confirm").click();
            staff.awaitAjax();
            assertThat(staff.text()).contains("Llegada registrada: " + todayCode);
            assertThat(staff.find(".status-" + todayCode).getText()).isEqualTo("Llegó");
            staff.checkStep("checked-in");
            staff.find("a[href$='slotsTab']").click();
            assertThat(staff.find("#slots").getText()).contains(todayCode + " · Lucía Ramírez Soto", "1 / 1",
                    "00:00", "23:00");
            staff.checkStep("slot-view");

            staff.open(page("console/schedule.xhtml?office=" + OFFICE));
            assertThat(staff.text()).contains("No tiene acceso a la oficina " + OFFICE).doesNotContain("Guardar");
            staff.open(page("console/offices.xhtml"));
            assertThat(staff.text()).contains(office).doesNotContain(OFFICE).doesNotContain("Nueva oficina");
            staff.open(page("console/procedures.xhtml"));
            assertThat(staff.text()).contains("CANJE-RT").doesNotContain("Nuevo trámite");
            String session = "JSESSIONID=" + staff.driver.manage().getCookieNamed("JSESSIONID").getValue();
            String agendaApi = "api/v1/staff/offices/%s/agenda?day=" + today;
            Http.Answer own = Http.get(uri(agendaApi.formatted(office)), "Cookie", session);
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(own.body()).contains(todayCode, "CHECKED_IN", zone.getId());
            Http.Answer another = Http.get(uri(agendaApi.formatted(OFFICE)), "Cookie", session);
            assertThat(another.status()).as(another.body()).isEqualTo(403);
            assertThat(another.header("Content-Type")).startsWith("application/problem+json");
            assertThat(another.body()).contains(OFFICE).doesNotContain("confirmationCode");
            Http.Answer signedOut = Http.get(uri(agendaApi.formatted(office)));
            assertThat(signedOut.status()).isEqualTo(401);
            assertThat(signedOut.body()).doesNotContain(todayCode);
            assertThat(Http.get(uri("api/v1/appointments/" + first), "Cookie", session).status())
                    .as("a console session opens no applicant's appointment: that needs its passport number")
                    .isIn(400, 401, 403, 404);
        }
    }

    /** Opens the office's week, sets every period's places per slot to {@code places} and saves it. */
    private void saveWeekWithPlaces(Browser browser, String office, int places) {
        browser.open(page("console/schedule.xhtml?office=" + office));
        for (WebElement input : browser.driver.findElements(org.openqa.selenium.By.cssSelector("[id$=':places']"))) {
            input.clear();
            input.sendKeys(String.valueOf(places));
        }
        browser.byId("week:save").click();
        browser.awaitAjax();
    }

    /**
     * A region time zone where it is morning now on a working day, so the office has slots later today whatever
     * the hour of the run (bookings need two hours' notice).
     */
    private static ZoneId aZoneWhereItIsMorning() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().map(ZoneId::of)
                .filter(z -> {
                    ZonedDateTime now = ZonedDateTime.now(z);
                    // today is booked, so it may not be a federal rest day
                    return now.getHour() < 13 && FederalRestDays.on(now.toLocalDate()).isEmpty();
                }).findFirst().orElseThrow();
    }

    /** The first day after {@code day} that is no federal rest day (the test office opens every other day). */
    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (FederalRestDays.on(next).isPresent()) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The view state a Faces page gave its forms. */
    private static String viewState(String html) {
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(state.find()).as("a view state on the page").isTrue();
        return state.group(1);
    }

    /** Sets a date or time input as the browser's own picker would, whatever the browser's locale. */
    /** The offices list is paged: filtered by the office's id (unless already shown) to reach its row. */
    private static void showOffice(Browser browser, String office, String css) {
        if (browser.all(css).isEmpty()) {
            WebElement filter = browser.find("[id='offices:list'] thead input");
            filter.clear();
            filter.sendKeys(office);
            browser.waitFor(d -> !browser.all(css).isEmpty());
            browser.awaitAjax();
        }
    }

    private static void setValue(Browser browser, String clientId, String value) {
        WebElement input = browser.byId(clientId);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
        browser.awaitAjax();
    }

    private String confirmedAppointment(String office, String start, String passport, String email) throws Exception {
        Http.Answer held = Http.hold(uri("api/v1/appointments"), holdJson(office, start, passport, email));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        String code = held.object().getString("confirmationCode");
        String digits = Mailbox.verificationCode(mailbox.awaitMail(email, 1).get(0));
        assertThat(Http.call("POST", uri("api/v1/appointments/" + code + "/verification"),
                "{\"code\":\"" + digits + "\"}", "X-Passport-Number", passport).status()).isEqualTo(200);
        mailbox.awaitMail(email, 2);
        return code;
    }

    private static String holdJson(String office, String start, String passport, String email) {
        return "{\"officeId\":\"" + office + "\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start
                + "\",\"applicant\":{\"givenNames\":\"Lucía\",\"surnames\":\"Ramírez Soto\","
                + "\"nationality\":\"HND\",\"passportNumber\":\"" + passport + "\",\"dateOfBirth\":\"1988-03-02\","
                + "\"email\":\"" + email + "\"},\"language\":\"es\"}";
    }

    private void signIn(Browser browser, String username, String password) {
        browser.open(page("console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys(username);
        browser.byId("signIn:password").sendKeys(password);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
    }

    private JsonObject firstFreeSlot(String office) {
        // two days after today at the office (not at the machine), past every cut-off the tests run into
        LocalDate today = LocalDate.now(officeZone(office));
        return firstFreeSlot(office, today.plusDays(2), today.plusDays(40));
    }

    private ZoneId officeZone(String office) {
        return ZoneId.of(Http.get(uri("api/v1/offices/" + office)).object().getString("timeZone"));
    }

    private JsonObject firstFreeSlot(String office, LocalDate from, LocalDate to) {
        JsonObject availability = Http.get(uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT&from="
                + from + "&to=" + to)).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getInt("remaining") > 0).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve("/" + path);
    }

    /** The origin a browser on the console's pages sends with its posts. */
    private String origin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** The address the browser uses: localhost is a secure context, and Chromium downloads exports only from one. */
    private String page(String path) {
        return "http://localhost:" + base.getPort() + "/" + path;
    }
}
