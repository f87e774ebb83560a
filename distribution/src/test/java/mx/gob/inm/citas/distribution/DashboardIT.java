package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervisors' dashboard end to end, in a real browser, on the shipped jar in its own process and data. An
 * applicant is marked a no-show only 15 minutes after an appointment booked at least two hours ahead, and the
 * national view counts the days before today: so the jar runs three times on the same data with its clock set by
 * libfaketime (the Debian package {@code faketime}) to three moments of a chosen week at Cancún, whatever the day,
 * hour and time zone of the machine. A Tuesday at 07:00 an admin creates a supervisor of Cancún and Mérida and
 * applicants book through the API; at 10:00 the admin checks one applicant in and marks them attended and marks the
 * other a no-show; the next morning the supervisor signs in, lands on the national view, sees exactly their two
 * offices with those counts, opens Cancún, sees both charts drawn and downloads the Excel export.
 */
class DashboardIT {

    private static final String CANCUN = "qroo-cancun";
    private static final String MERIDA = "yuc-merida";
    private static final String TIJUANA = "bc-tijuana";
    private static final ZoneId CANCUN_ZONE = ZoneId.of("America/Cancun");
    /** Places per slot in the demo catalogue (demo/offices.tsv), 11 half-hour slots a weekday from 09:00. */
    private static final Map<String, Integer> PLACES = Map.of(CANCUN, 5, MERIDA, 3);
    private static final int SLOTS_A_DAY = 11;
    private static final String ADMIN_PASSWORD = "Prueba-Tablero-2026";

    @TempDir
    static Path work;

    private static Mailbox mailbox;

    @BeforeAll
    static void start_the_mail_server() {
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
        assertThat(FakedTime.library()).as("libfaketime is needed: apt-get install faketime").isNotNull();
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stop_the_mail_server() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void a_supervisor_of_two_offices_sees_them_with_the_day_s_attendance_opens_one_and_exports_it() throws Exception {
        LocalDate day = aQuietTuesday();
        Path data = work.resolve("dashboard-data");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String supervisor = "sofia." + suffix;
        String password = "Tablero-Supervision-7";
        String cameCode;
        String missedCode;
        String camePassport = "A" + suffix.toUpperCase();

        // Tuesday 07:00 at Cancún: the supervisor's account, and bookings through the API
        try (RunningJar app = at(data, day.atTime(7, 0))) {
            try (Browser admin = new Browser("dashboard-admin", "es-MX,es;q=0.9", 1280, 900)) {
                signIn(admin, app, "admin", ADMIN_PASSWORD);
                admin.open(page(app, "console/users.xhtml"));
                admin.byId("users:username").sendKeys(supervisor);
                admin.byId("users:displayName").sendKeys("Sofía Canché");
                new Select(admin.byId("users:role")).selectByValue("SUPERVISOR");
                Select offices = new Select(admin.byId("users:offices"));
                offices.selectByValue(CANCUN);
                offices.selectByValue(MERIDA);
                admin.byId("users:password").sendKeys(password);
                admin.byId("users:save").click();
                admin.awaitAjax();
                assertThat(admin.text()).contains("Cuenta " + supervisor + " creada");
                admin.checkStep("supervisor-created");
            }
            String nineThirty = slotAt(app, CANCUN, day, LocalTime.of(9, 30));
            cameCode = confirmed(app, CANCUN, nineThirty, camePassport, "llega-" + suffix + "@ejemplo.mx");
            missedCode = confirmed(app, CANCUN, nineThirty, "B" + suffix.toUpperCase(),
                    "falta-" + suffix + "@ejemplo.mx");
            confirmed(app, CANCUN, slotAt(app, CANCUN, day.plusDays(2), LocalTime.of(10, 0)),
                    "C" + suffix.toUpperCase(), "cancun-" + suffix + "@ejemplo.mx");
            confirmed(app, MERIDA, slotAt(app, MERIDA, day.plusDays(2), LocalTime.of(10, 0)),
                    "D" + suffix.toUpperCase(), "merida-" + suffix + "@ejemplo.mx");
        }

        // Tuesday 10:00: one applicant came and was served, the other did not come (the 15 minutes have passed)
        try (RunningJar app = at(data, day.atTime(10, 0));
                Browser admin = new Browser("dashboard-agenda", "es-MX,es;q=0.9", 1280, 900)) {
            signIn(admin, app, "admin", ADMIN_PASSWORD);
            admin.open(page(app, "console/?office=" + CANCUN + "&day=" + day));
            admin.find(".check-in-" + cameCode).click();
            admin.awaitAjax();
            admin.byId("checkInForm:passport").sendKeys(camePassport + Keys.TAB);
            admin.byId("checkInForm:confirm").click();
            admin.awaitAjax();
            assertThat(admin.text()).contains("Llegada registrada: " + cameCode);
            rowAction(admin, cameCode, "attended").click();
            admin.awaitAjax();
            rowAction(admin, missedCode, "noShow").click();
            admin.find(".ui-confirmdialog-yes").click();
            admin.awaitAjax();
            assertThat(admin.find(".status-" + cameCode).getText()).isEqualTo("Atendida");
            assertThat(admin.find(".status-" + missedCode).getText()).isEqualTo("No se presentó");
            admin.checkStep("agenda-decided");
        }

        // the floor of that Tuesday, as the windows would have left it (the window pages are another part of #16)
        seedTheFloor(data, day);

        // Wednesday 08:00: the supervisor's morning
        LocalDate today = day.plusDays(1);
        // 08:10: twenty minutes before the lead time passes another slot's start, so the free places hold still
        try (RunningJar app = at(data, today.atTime(8, 10))) {
            String session;
            try (Browser browser = new Browser("dashboard-supervisor", "es-MX,es;q=0.9", 1400, 1000)) {
                signIn(browser, app, supervisor, password);
                assertThat(browser.driver.getCurrentUrl()).as("supervisors land on the dashboard")
                        .endsWith("/console/dashboard.xhtml");
                assertThat(browser.text()).contains("Tablero nacional de capacidad", "Cifras al 07:",
                        "hora del Centro (America/Mexico_City)", "Sesión de Sofía Canché (supervisión)");
                browser.checkStep("national");
                assertThat(officeRows(browser)).as("exactly the supervisor's offices").containsExactlyInAnyOrder(
                        CANCUN, MERIDA);

                Map<String, String> cancun = cells(browser, CANCUN);
                int cancunWeek = placesOver(CANCUN, today, 7);
                assertThat(cancun.get("offered7")).isEqualTo(number(cancunWeek));
                assertThat(cancun.get("booked7")).isEqualTo("1");
                assertThat(cancun.get("free7")).as("what the public calendar offers, the lead time left out")
                        .isEqualTo(number(freeInTheCalendar(app, CANCUN, today, 7)));
                assertThat(cancun.get("utilisation7")).isEqualTo(percent(1, cancunWeek));
                assertThat(cancun.get("offered30")).isEqualTo(number(placesOver(CANCUN, today, 30)));
                assertThat(cancun.get("attended")).isEqualTo("1");
                assertThat(cancun.get("no-shows")).isEqualTo("1");
                assertThat(cancun.get("no-show-rate")).isEqualTo("50 %");
                assertThat(cancun.get("cancelled-applicant")).isEqualTo("0");
                assertThat(cancun.get("next-free")).as("free from 10:00 today, two hours ahead").contains("hoy");
                assertThat(cancun.get("alert-cell")).isEqualTo("Verde");
                Map<String, String> merida = cells(browser, MERIDA);
                int meridaWeek = placesOver(MERIDA, today, 7);
                assertThat(merida.get("offered7")).isEqualTo(number(meridaWeek));
                assertThat(merida.get("booked7")).isEqualTo("1");
                assertThat(merida.get("free7")).isEqualTo(number(freeInTheCalendar(app, MERIDA, today, 7)));
                assertThat(merida.get("attended")).isEqualTo("0");
                assertThat(merida.get("no-show-rate")).as("nobody decided: no rate").isEqualTo("—");
                assertThat(browser.find("[id='dash:offices'] .total-booked7").getText()).isEqualTo("2");
                assertThat(browser.find("[id='dash:offices'] .total-no-show-rate").getText())
                        .isEqualTo("50 %");

                checkTheNationalFloor(browser, day, today);

                session = "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
                browser.clickAndWaitForPage(browser.find(".office-" + CANCUN + " a.office-link"));
                assertThat(browser.text()).contains("Capacidad de la oficina · Oficina de Representación Cancún",
                        "hora del Sureste (America/Cancun)", "Lugares por día", "Ocupación por hora",
                        "Tendencia del rezago");
                // the week from the decided day on, by the date inputs of the page
                setValue(browser, "from", day.toString());
                setValue(browser, "to", day.plusDays(7).toString());
                browser.clickAndWaitForPage(browser.find("#show"));
                assertThat(browser.driver.getCurrentUrl()).contains("office=" + CANCUN, "from=" + day,
                        "to=" + day.plusDays(7));
                awaitCharts(browser);
                browser.checkStep("office");
                for (String chart : List.of("dash:placesChart_canvas", "dash:trendChart_canvas")) {
                    assertThat(paintedPixels(browser, chart)).as(chart + " is drawn").isGreaterThan(500);
                }
                assertThat(chartSum(browser, "dash:placesChart_canvas", 2)).as("attended in the bars").isEqualTo(1);
                assertThat(chartSum(browser, "dash:placesChart_canvas", 3)).as("no-shows in the bars").isEqualTo(1);
                WebElement decided = browser.all("[id='dash:days_data'] tr.all-procedures").get(0);
                assertThat(decided.getText()).contains("Todos los trámites", "55", "2", "3.6 %", "50 %");
                assertThat(browser.all("#heat-map tbody tr")).hasSize(6);
                checkTheOfficeFloor(browser, day, today);

                browser.byId("dash:xlsx").click();
                Path workbook = browser.downloaded(".xlsx");
                assertThat(workbook.getFileName().toString()).isEqualTo("tablero-" + CANCUN + "-" + day + "-"
                        + day.plusDays(7) + ".xlsx");
                checkWorkbook(workbook, day);
            }

            // the floor's tables on a phone
            try (Browser phone = new Browser("dashboard-phone", "es-MX,es;q=0.9", 390, 844)) {
                signIn(phone, app, supervisor, password);
                scrollTo(phone, "#floor-title");
                phone.checkStep("national-floor-phone");
                phone.open(page(app, "console/dashboard.xhtml?office=" + CANCUN + "&from=" + day + "&to="
                        + day.plusDays(7)));
                assertThat(phone.find(".floor-waiting").getText()).startsWith("p50 20 min");
                scrollTo(phone, "#floor-title");
                phone.checkStep("office-floor-phone");
            }

            // the same figures by the API, with the console's session; another office is refused (and audited)
            Http.Answer national = Http.get(app.uri("api/v1/staff/dashboard"), "Cookie", session);
            assertThat(national.status()).as(national.body()).isEqualTo(200);
            List<JsonObject> rows = national.object().getJsonArray("offices").getValuesAs(JsonObject.class);
            assertThat(rows).extracting(r -> r.getString("officeId")).containsExactly(CANCUN, MERIDA);
            JsonObject cancunJson = rows.get(0);
            assertThat(cancunJson.getJsonObject("pastDays").getInt("attended")).isEqualTo(1);
            assertThat(cancunJson.getJsonObject("pastDays").getJsonNumber("noShowRate").doubleValue())
                    .isEqualTo(0.5);
            assertThat(rows.get(1).getJsonObject("pastDays").isNull("noShowRate")).as("null, not left out").isTrue();
            assertThat(cancunJson.getString("nextFreeDate")).isEqualTo(today.toString());
            JsonObject cancunFloor = cancunJson.getJsonObject("floor");
            assertThat(cancunFloor.getJsonObject("visits").getJsonObject("waiting").getInt("p50")).isEqualTo(1200);
            assertThat(cancunFloor.getJsonObject("visits").getJsonObject("waiting").getInt("p90")).isEqualTo(2160);
            assertThat(national.object().getJsonObject("totalFloor").getJsonObject("visits").getJsonObject("waiting")
                    .getInt("p90")).as("over all four visits").isEqualTo(4920);
            assertThat(national.object().getString("asOf")).endsWith("-06:00");
            Http.Answer office = Http.get(app.uri("api/v1/staff/offices/" + CANCUN + "/dashboard?from=" + day
                    + "&to=" + day), "Cookie", session);
            assertThat(office.status()).as(office.body()).isEqualTo(200);
            assertThat(office.object().getString("asOf")).endsWith("-05:00");
            JsonObject allOfTheDay = office.object().getJsonArray("days").getJsonObject(0);
            assertThat(allOfTheDay.isNull("procedure")).isTrue();
            assertThat(allOfTheDay.getInt("attended")).isEqualTo(1);
            assertThat(allOfTheDay.getInt("noShows")).isEqualTo(1);
            JsonObject tokens = office.object().getJsonObject("floor").getJsonObject("total")
                    .getJsonObject("walkInTokens");
            assertThat(tokens.getInt("issued")).isEqualTo(3);
            assertThat(tokens.getInt("quota")).as("that Tuesday's own 8").isEqualTo(8);
            Http.Answer refused = Http.get(app.uri("api/v1/staff/offices/" + TIJUANA + "/dashboard"), "Cookie",
                    session);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            String openApi = Http.get(app.uri("openapi")).body();
            assertThat(openApi).contains("/api/v1/staff/dashboard", "/api/v1/staff/offices/{officeId}/dashboard",
                    "NationalJson", "OfficeDashboardJson");
            Http.Answer signedOut = Http.get(app.uri("api/v1/staff/dashboard"));
            assertThat(signedOut.status()).isEqualTo(401);
            assertThat(Http.get(app.uri("api/v1/staff/offices/" + CANCUN + "/dashboard?from=" + day + "&to="
                    + day.minusDays(1)), "Cookie", session).status()).as("a range that ends first").isEqualTo(400);

            // an admin reading in English sees every office, and the refusal above in the audit log
            try (Browser admin = new Browser("dashboard-admin-en", "en-US,en;q=0.9", 1400, 1000)) {
                signIn(admin, app, "admin", ADMIN_PASSWORD);
                assertThat(admin.lang()).isEqualTo("en");
                assertThat(admin.text()).contains("National capacity dashboard", "Figures as of", "Mexico Central Time")
                        .doesNotContain("Tablero nacional");
                assertThat(admin.all("[id='dash:offices_data'] tr")).as("a page of the 42 offices").hasSize(25);
                admin.checkStep("national-admin-en");
                // the minute's refresh keeps the filters of the address and the order chosen in the table
                admin.open(page(app, "console/dashboard.xhtml?state=QROO"));
                List<String> quintanaRoo = officeRows(admin);
                assertThat(quintanaRoo).hasSizeGreaterThan(1).allMatch(id -> id.startsWith("qroo-"));
                WebElement byName = admin.find("[id='dash:offices'] thead th.office-name");
                byName.click();
                admin.awaitAjax();
                admin.find("[id='dash:offices'] thead th.office-name").click();
                admin.awaitAjax();
                List<String> descending = officeRows(admin);
                assertThat(descending).isNotEqualTo(quintanaRoo).containsExactlyInAnyOrderElementsOf(quintanaRoo);
                ((JavascriptExecutor) admin.driver).executeScript("PF('dashboardPoll').cfg.fn();");
                admin.awaitAjax();
                assertThat(officeRows(admin)).as("after the refresh").isEqualTo(descending);
                assertThat(admin.driver.getCurrentUrl()).endsWith("state=QROO");
                admin.open(page(app, "console/dashboard.xhtml?office=" + CANCUN + "&from=" + day + "&to="
                        + day.minusDays(1)));
                assertThat(admin.find("#to-error").getText()).isEqualTo("The end date cannot come before the start"
                        + " date, and the range cannot exceed 120 days.");
                assertThat(admin.find("#to").getAttribute("aria-invalid")).isEqualTo("true");
                admin.checkStep("bad-range-en");
                admin.open(page(app, "console/audit.xhtml"));
                assertThat(admin.text()).contains("Access refused", supervisor, TIJUANA)
                        .doesNotContain("ACCESS_REFUSED");
            }
        }
    }

    /**
     * Writes a Tuesday of the office floor straight into the stopped jar's database (V19's tables): Cancún gives
     * walk-in tokens of pool A (CANJE-RT), 20 a day and 8 that Tuesday, and gave 3; A-001 waited 6 minutes and was
     * served in 12, A-002 waited 20 and was served in 8, A-003 was called after 40 and did not come. In Mérida, which
     * gives no tokens, A-001 waited 100 minutes and was served in 5. The checked-in appointment (C-001, marked
     * attended on the agenda before any call) is already there, with no wait and no service time.
     */
    private static void seedTheFloor(Path data, LocalDate day) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("citas") + ";MODE=Oracle";
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            try (java.sql.Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO office_floor (office_id, ratio_appointments, ratio_walk_ins,"
                        + " conversion_minutes, version) VALUES ('" + CANCUN + "', 2, 1, NULL, 1)");
                sql.executeUpdate("INSERT INTO walk_in_pool (office_id, letter, daily_tokens) VALUES ('" + CANCUN
                        + "', 'A', 20)");
                sql.executeUpdate("INSERT INTO walk_in_pool_procedure (office_id, procedure_code, letter) VALUES ('"
                        + CANCUN + "', 'CANJE-RT', 'A')");
                sql.executeUpdate("INSERT INTO walk_in_day_tokens (office_id, letter, service_day, tokens) VALUES ('"
                        + CANCUN + "', 'A', DATE '" + day + "', 8)");
                sql.executeUpdate("INSERT INTO walk_in_tally (office_id, letter, service_day, issued) VALUES ('"
                        + CANCUN + "', 'A', DATE '" + day + "', 3)");
            }
            walkIn(db, CANCUN, CANCUN_ZONE, day, "A-001", "08:00", 6, 12, "FINISHED");
            walkIn(db, CANCUN, CANCUN_ZONE, day, "A-002", "08:05", 20, 8, "FINISHED");
            walkIn(db, CANCUN, CANCUN_ZONE, day, "A-003", "08:10", 40, null, "NO_SHOW");
            walkIn(db, MERIDA, ZoneId.of("America/Merida"), day, "A-001", "09:00", 100, 5, "FINISHED");
            try (java.sql.Statement sql = db.createStatement(); java.sql.ResultSet appointment = sql.executeQuery(
                    "SELECT status, first_called_at FROM visit WHERE office_id = '" + CANCUN + "' AND kind ="
                            + " 'APPOINTMENT'")) {
                assertThat(appointment.next()).as("the check-in queued the appointment's visit").isTrue();
                assertThat(appointment.getString(1)).isEqualTo("FINISHED");
                assertThat(appointment.getObject(2)).isNull();
            }
            db.commit();
        }
    }

    /** A walk-in queued at {@code queued} (office time), called {@code wait} minutes later, served {@code service}. */
    private static void walkIn(java.sql.Connection db, String office, ZoneId zone, LocalDate day, String number,
            String queued, int wait, Integer service, String status) throws java.sql.SQLException {
        java.time.LocalDateTime queuedAt = day.atTime(LocalTime.parse(queued)).atZone(zone)
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        java.time.LocalDateTime called = queuedAt.plusMinutes(wait);
        java.time.LocalDateTime started = service == null ? null : called.plusMinutes(1);
        java.time.LocalDateTime finished = service == null ? called.plusMinutes(5) : started.plusMinutes(service);
        try (java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO visit (office_id, service_day,"
                + " display_no, kind, procedure_code, priority, queued_at, status, window_no, calls, first_called_at,"
                + " started_at, finished_at, version) VALUES (?, ?, ?, 'WALK_IN', 'CANJE-RT', 'NONE', ?, ?, 1, 1,"
                + " ?, ?, ?, 3)")) {
            insert.setString(1, office);
            insert.setObject(2, day);
            insert.setString(3, number);
            insert.setObject(4, queuedAt);
            insert.setString(5, status);
            insert.setObject(6, called);
            insert.setObject(7, started);
            insert.setObject(8, finished);
            insert.executeUpdate();
        }
    }

    /**
     * The national view's floor: Cancún's waits 6, 20, 40 min (p50 20, p90 36), services 12 and 8 min (p50 10,
     * p90 11.6); Mérida's one wait of 100 min; the country's waits over all four visits (p50 30 min, p90 at 2.7: 82
     * min), and the table sorted by the 90th percentile puts Mérida, where people wait longest, first.
     */
    private static void checkTheNationalFloor(Browser browser, LocalDate day, LocalDate today) {
        assertThat(browser.find("#floor-title").getText()).isEqualTo("La sala: últimos 28 días y hoy");
        Map<String, String> cancun = floorCells(browser, CANCUN);
        assertThat(cancun.get("waiting-p50")).isEqualTo("20 min");
        assertThat(cancun.get("waiting-p90")).isEqualTo("36 min");
        assertThat(cancun.get("service-p50")).isEqualTo("10 min");
        assertThat(cancun.get("service-p90")).isEqualTo("12 min");
        assertThat(cancun.get("floor-visits")).as("three walk-ins and the checked-in appointment").isEqualTo("4");
        assertThat(cancun.get("floor-served")).isEqualTo("3");
        assertThat(cancun.get("floor-no-shows")).isEqualTo("1");
        assertThat(cancun.get("floor-issued")).isEqualTo("3");
        int quota = 0;
        for (LocalDate d = today.minusDays(28); !d.isAfter(today); d = d.plusDays(1)) {
            quota += d.equals(day) ? 8 : closed(d) ? 0 : 20;
        }
        assertThat(cancun.get("floor-quota")).as("20 a day the office opened, 8 that Tuesday").isEqualTo(number(quota));
        assertThat(cancun.get("floor-quota-share")).isEqualTo(percent(3, quota));
        Map<String, String> merida = floorCells(browser, MERIDA);
        assertThat(merida.get("waiting-p90")).isEqualTo("1 h 40 min");
        assertThat(merida.get("floor-quota-share")).as("no tokens at Mérida").isEqualTo("—");
        assertThat(browser.find("[id='dash:floors'] .total-waiting-p50").getText()).isEqualTo("30 min");
        assertThat(browser.find("[id='dash:floors'] .total-waiting-p90").getText()).isEqualTo("1 h 22 min");
        assertThat(browser.find("[id='dash:floors'] .total-floor-visits").getText()).isEqualTo("5");
        browser.find("[id='dash:floors'] thead th.waiting-p90").click();
        browser.awaitAjax();
        assertThat(floorRows(browser)).containsExactly(CANCUN, MERIDA);
        browser.find("[id='dash:floors'] thead th.waiting-p90").click();
        browser.awaitAjax();
        assertThat(floorRows(browser)).as("the longest wait first").containsExactly(MERIDA, CANCUN);
        assertThat(officeRows(browser)).as("the capacity table keeps its own order").containsExactlyInAnyOrder(
                CANCUN, MERIDA);
        scrollTo(browser, "#floor-title");
        browser.checkStep("national-floor");
    }

    /** The office view's Sala of Cancún over Tuesday and Wednesday (today): Tuesday's 8 tokens and Wednesday's 20. */
    private static void checkTheOfficeFloor(Browser browser, LocalDate day, LocalDate today) {
        assertThat(browser.text()).contains("La sala: fila y ventanillas");
        assertThat(browser.find(".floor-waiting").getText()).isEqualTo("p50 20 min · p90 36 min · media 22 min"
                + " (3 personas)");
        assertThat(browser.find(".floor-service").getText()).isEqualTo("p50 10 min · p90 12 min · media 10 min"
                + " (2 personas)");
        int quota = 8 + (closed(today) ? 0 : 20);
        assertThat(browser.find(".floor-walk-ins").getText()).isEqualTo("3 de " + quota + " (" + percent(3, quota)
                + ")");
        assertThat(browser.find(".floor-no-shows").getText()).isEqualTo("1 (25 %)");
        WebElement exchange = browser.find("[id='dash:floorProcedures_data'] tr.floor-procedure-CANJE-RT");
        assertThat(exchange.findElement(By.cssSelector(".floor-visits")).getText()).isEqualTo("4");
        assertThat(exchange.findElement(By.cssSelector(".floor-walk-ins")).getText()).isEqualTo("3");
        WebElement pool = browser.find("[id='dash:floorPools_data'] tr.floor-pool-A");
        assertThat(pool.findElement(By.cssSelector(".floor-quota")).getText()).isEqualTo(number(quota));
        scrollTo(browser, "#floor-title");
        browser.checkStep("office-floor");
    }

    /** Scrolls the page to {@code selector}, so that the step's screenshot shows it. */
    private static void scrollTo(Browser browser, String selector) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();",
                browser.find(selector));
    }

    /** The office ids of the floor table's rows (each row is marked {@code floor-<id>}). */
    private static List<String> floorRows(Browser browser) {
        List<String> ids = new ArrayList<>();
        for (WebElement row : browser.all("[id='dash:floors_data'] tr")) {
            for (String style : row.getAttribute("class").split(" ")) {
                if (style.startsWith("floor-")) {
                    ids.add(style.substring("floor-".length()));
                }
            }
        }
        return ids;
    }

    /** An office's row of the floor table, by the columns' classes. */
    private static Map<String, String> floorCells(Browser browser, String office) {
        Map<String, String> cells = new HashMap<>();
        for (WebElement cell : browser.all("[id='dash:floors_data'] tr.floor-" + office + " td")) {
            for (String style : cell.getAttribute("class").split(" ")) {
                cells.putIfAbsent(style, cell.getText().strip());
            }
        }
        return cells;
    }

    /** The jar on {@code data} with its clock at {@code cancunTime} (Cancún's wall clock), running on from there. */
    private static RunningJar at(Path data, java.time.LocalDateTime cancunTime) {
        Map<String, String> settings = new HashMap<>();
        settings.put("CITAS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("CITAS_SMTP_HOST", "127.0.0.1");
        settings.put("CITAS_SMTP_PORT", System.getProperty("citas.it.smtp.port", "3025"));
        settings.put("CITAS_MAIL_DISPATCH_SECONDS", "1");
        settings.put("CITAS_LIMITS", "off");
        return FakedTime.start(data, CANCUN_ZONE, cancunTime, settings);
    }

    private static LocalDate aQuietTuesday() {
        return FakedTime.aQuietTuesday(CANCUN_ZONE);
    }

    private static boolean closed(LocalDate day) {
        return FakedTime.closed(day);
    }

    /** Places the office offers in the {@code days} days from {@code today} on (all of today's still ahead). */
    private static int placesOver(String office, LocalDate today, int days) {
        int open = 0;
        for (LocalDate d = today; d.isBefore(today.plusDays(days)); d = d.plusDays(1)) {
            open += closed(d) ? 0 : 1;
        }
        return open * SLOTS_A_DAY * PLACES.get(office);
    }

    private static String number(int value) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("es-MX")).format(value);
    }

    private static String percent(int booked, int offered) {
        java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(
                java.util.Locale.forLanguageTag("es-MX"));
        percent.setMaximumFractionDigits(1);
        // as the browser reads it: Selenium gives a no-break space as a space
        return percent.format((double) booked / offered).replace('\u00a0', ' ');
    }

    /** The office ids of the national table's rows (each row is marked {@code office-<id>}). */
    private static List<String> officeRows(Browser browser) {
        browser.find("[id='dash:offices']");
        List<String> ids = new ArrayList<>();
        for (WebElement row : browser.all("[id='dash:offices_data'] tr")) {
            for (String style : row.getAttribute("class").split(" ")) {
                if (style.startsWith("office-")) {
                    ids.add(style.substring("office-".length()));
                }
            }
        }
        return ids;
    }

    /** An office's row of the national table, by the columns' classes. */
    private static Map<String, String> cells(Browser browser, String office) {
        Map<String, String> cells = new HashMap<>();
        for (WebElement cell : browser.all("[id='dash:offices_data'] tr.office-" + office + " td")) {
            for (String style : cell.getAttribute("class").split(" ")) {
                cells.putIfAbsent(style, cell.getText().strip());
            }
        }
        return cells;
    }

    /** The agenda's step button of the appointment's row ("attended", "noShow"). */
    private static WebElement rowAction(Browser browser, String code, String step) {
        return browser.waitFor(d -> d.findElements(By.xpath("//tr[.//*[contains(@class,'status-" + code + "')]]"
                + "//button[contains(@id,':" + step + "')]")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    private static void awaitCharts(Browser browser) {
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('dash:placesChart_canvas'))"
                        + " && Chart.getChart(document.getElementById('dash:trendChart_canvas')));")));
    }

    /** How many pixels of the canvas are not transparent. */
    private static long paintedPixels(Browser browser, String canvasId) {
        Object count = ((JavascriptExecutor) browser.driver).executeScript("var c = document.getElementById("
                + "arguments[0]); var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;", canvasId);
        return ((Number) count).longValue();
    }

    /** The sum of one dataset of a drawn chart. */
    private static long chartSum(Browser browser, String canvasId, int dataset) {
        Object sum = ((JavascriptExecutor) browser.driver).executeScript("return Chart.getChart(document"
                + ".getElementById(arguments[0])).data.datasets[arguments[1]].data.reduce(function (a, b) {"
                + " return a + (b || 0); }, 0);", canvasId, dataset);
        return ((Number) sum).longValue();
    }

    /** The office's Excel export: what it is of written above the table, then numbers as numbers, days as dates. */
    private static void checkWorkbook(Path file, LocalDate day) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Oficina: Oficina de Representación Cancún (" + CANCUN + ")");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Periodo: del " + day + " al "
                    + day.plusDays(7));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Trámite: Todos los trámites");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Zona horaria: America/Cancun");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Cifras al " + day.plusDays(1)
                    + " 08:").endsWith(" -05:00 (America/Cancun)");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("Generado el " + day.plusDays(1));
            Row headers = sheet.getRow(7);
            assertThat(text(headers.getCell(0))).isEqualTo("Día");
            assertThat(text(headers.getCell(7))).isEqualTo("Citas del trámite");
            assertThat(text(headers.getCell(8))).isEqualTo("Atendidas");
            Map<String, Row> ofTheDay = new HashMap<>();
            for (int r = 8; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getLocalDateTimeCellValue().toLocalDate().equals(day)) {
                    ofTheDay.put(text(row.getCell(1)), row);
                }
            }
            Row all = ofTheDay.get("Todos los trámites");
            assertThat(all).as("the day's row for all procedures").isNotNull();
            assertThat(all.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(all.getCell(3).getNumericCellValue()).as("offered").isEqualTo(SLOTS_A_DAY * 5.0);
            assertThat(all.getCell(4).getNumericCellValue()).as("booked").isEqualTo(2.0);
            assertThat(all.getCell(7).getNumericCellValue()).as("appointments").isEqualTo(2.0);
            assertThat(all.getCell(8).getNumericCellValue()).as("attended").isEqualTo(1.0);
            assertThat(all.getCell(9).getNumericCellValue()).as("no-shows").isEqualTo(1.0);
            assertThat(all.getCell(10).getNumericCellValue()).as("no-show rate, %").isEqualTo(50.0);
            Row exchange = ofTheDay.values().stream().filter(r -> "CANJE-RT".equals(text(r.getCell(2))))
                    .findFirst().orElseThrow();
            assertThat(exchange.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(exchange.getCell(9).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }

    /**
     * The places the public calendar offers in the {@code days} days from {@code today} (every demo slot serves
     * every procedure, so one procedure's calendar tells them all).
     */
    private static int freeInTheCalendar(RunningJar app, String office, LocalDate today, int days) {
        JsonObject availability = Http.get(app.uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT"
                + "&from=" + today + "&to=" + today.plusDays(days - 1L))).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .mapToInt(s -> s.getInt("remaining")).sum();
    }

    /** The start of the office's free CANJE-RT slot at {@code time} on {@code day}, as the public API gives it. */
    private static String slotAt(RunningJar app, String office, LocalDate day, LocalTime time) {
        JsonObject availability = Http.get(app.uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT"
                + "&from=" + day + "&to=" + day)).object();
        return availability.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .flatMap(d -> d.getJsonArray("slots").getValuesAs(JsonObject.class).stream())
                .map(s -> s.getString("start")).filter(s -> s.startsWith(day + "T" + time))
                .findFirst().orElseThrow(() -> new AssertionError("no free slot at " + time + " on " + day + ": "
                        + availability));
    }

    private static String confirmed(RunningJar app, String office, String start, String passport, String email)
            throws Exception {
        Http.Answer held = Http.hold(app.uri("api/v1/appointments"), "{\"officeId\":\"" + office
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

    private static void signIn(Browser browser, RunningJar app, String username, String password) {
        browser.open(page(app, "console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys(username);
        browser.byId("signIn:password").sendKeys(password);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
    }

    /** Sets a date input as the browser's own picker would, whatever the browser's locale. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.find("#" + id), value);
    }

    /** The address the browser uses: localhost is a secure context, and Chromium downloads only from one. */
    private static String page(RunningJar app, String path) {
        return "http://localhost:" + app.port() + "/" + path;
    }
}
