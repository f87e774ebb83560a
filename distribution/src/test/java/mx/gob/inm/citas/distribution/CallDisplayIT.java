package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public call display and the status page of a number on two instances of the shipped jar sharing one database
 * (an H2 TCP server, as several instances share Oracle): a screen follows instance A while staff work on instance B,
 * both clocks a quiet Tuesday morning in Cancún ({@link FakedTime}), so the test passes at any hour. An appointment
 * checked in on B's agenda joins the queue and the display on A counts it within 2 s; each call shows on A within
 * 2 s, highlighted with a chime, and the status page of the number says the people ahead and then the window.
 *
 * <p>The console's window page is not in this build yet: a call is made as the window's store adapter makes it,
 * one conditional {@code UPDATE visit … WHERE status = 'WAITING'} and its row in the visit log, written here
 * straight to the shared database, by neither instance (so no instance could have told the display in its own
 * memory). Walk-in tokens are written the same way where a test needs numbers of its own. Chromium with axe on every
 * page state, screenshots at 1920x1080 and at 390 px in {@code target/screenshots/}.
 */
class CallDisplayIT {

    private static final String OFFICE = "qroo-cancun";
    private static final ZoneId CANCUN = ZoneId.of("America/Cancun");
    private static final String ADMIN_PASSWORD = "Prueba-Pantalla-2026";
    /** A call reaches the display within this (the promise). */
    private static final Duration PROMISE = Duration.ofSeconds(2);
    /** Chromium that, like a screen nobody has touched, keeps the sound off until a gesture. */
    private static final String[] NO_SOUND_BEFORE_A_TAP = {"--autoplay-policy=document-user-activation-required"};

    private static Path work;
    private static Server database;
    private static String databaseUrl;
    private static RunningJar display;
    private static RunningJar console;
    private static LocalDate today;
    private static Duration clockOffset;
    private static final AtomicInteger WALK_INS = new AtomicInteger();
    /** The passport each appointment booked here was booked with (the check-in asks for it). */
    private static final Map<String, String> BOOKED = new ConcurrentHashMap<>();

    @BeforeAll
    static void two_instances_on_one_database() throws Exception {
        // not skipped when missing: a browser test that quietly does not run proves nothing
        assertThat(Browser.available()).as("Debian's chromium and chromium-driver are needed").isTrue();
        assertThat(FakedTime.library()).as("libfaketime is needed: apt-get install faketime").isNotNull();
        work = Files.createTempDirectory("citas-call-display-");
        int port = freePort();
        database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", work.resolve("db").toString(),
                "-ifNotExists").start();
        databaseUrl = "jdbc:h2:tcp://127.0.0.1:" + port + "/citas;MODE=Oracle;LOCK_TIMEOUT=10000";
        today = FakedTime.aQuietTuesday(CANCUN);
        Instant started = Instant.now();
        clockOffset = Duration.between(started, today.atTime(10, 0).atZone(CANCUN).toInstant());
        Map<String, String> settings = Map.of("CITAS_DB_URL", databaseUrl, "CITAS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "CITAS_LIMITS", "off", "CITAS_DISPLAY_STREAMS_PER_OFFICE", "40");
        display = FakedTime.start(work.resolve("a"), CANCUN, today.atTime(10, 0), settings);
        // the second instance's clock is the first one's: started later, it starts later in the morning
        console = FakedTime.start(work.resolve("b"), CANCUN, LocalDateTime.ofInstant(fakedNow(), CANCUN), settings);
    }

    @AfterAll
    static void stop_them() {
        try {
            if (console != null) {
                console.close();
            }
        } finally {
            try {
                if (display != null) {
                    display.close();
                }
            } finally {
                if (database != null) {
                    database.stop();
                }
            }
        }
    }

    // ---- the display and the status page, as people see them

    @Test
    void a_display_on_one_instance_shows_each_check_in_and_call_made_elsewhere_within_two_seconds_and_the_number_its_place()
            throws Exception {
        try (Browser screen = new Browser("display-tv", "en-US,en;q=0.9", 1920, 1080, NO_SOUND_BEFORE_A_TAP);
                Browser staff = new Browser("display-staff", "es-MX,es;q=0.9", 1280, 900);
                Browser phone = new Browser("display-phone", "es-MX,es;q=0.9", 390, 844)) {
            screen.open(page(display, "display/" + OFFICE));
            assertThat(screen.lang()).as("Spanish first, whatever the browser asks").isEqualTo("es");
            assertThat(screen.text()).contains("Oficina de Representación Cancún", "Personas en espera",
                    "People waiting", "Turno llamado", "Now calling", "Llamados anteriores", "Previous calls");
            awaitStream(screen);
            assertThat(screen.find("#clock").getText()).as("the office's time on the server's clock, not the"
                    + " screen's").startsWith("10:");
            assertThat(screen.find("#sound").getText()).contains("Toque para activar el sonido", "Tap to enable sound");
            assertThat(attribute(screen, "data-sound")).isEqualTo("suspended");
            screen.checkStep("sound-off");
            screen.find("#sound").click();
            screen.waitFor(d -> "running".equals(attribute(screen, "data-sound")));
            assertThat(screen.all("#sound").get(0).isDisplayed()).as("the button is gone once the sound is on").isFalse();
            int waitingBefore = waiting(screen);

            // staff on the other instance book two walk-ups for today and check them in
            signIn(staff, console);
            staff.open(page(console, "console/?office=" + OFFICE + "&day=" + today));
            String firstCode = book(staff, "Elena", "Ruiz Mora", passport("D"));
            String secondCode = book(staff, "Tomás", "Ek Canul", passport("E"));
            String first = checkIn(staff, firstCode, screen, waitingBefore + 1);
            String second = checkIn(staff, secondCode, screen, waitingBefore + 2);
            assertThat(first).matches("C-\\d{3}");
            assertThat(second).matches("C-\\d{3}").isNotEqualTo(first);
            assertThat(screen.text()).doesNotContain("Elena", "Ruiz", "Tomás", firstCode, secondCode);

            // the holder of the second number follows it on a phone
            phone.open(page(display, "turno?office=" + OFFICE + "&number=" + second.toLowerCase().replace("-", "")));
            assertThat(phone.find("#turnoNumber").getText()).isEqualTo(second);
            assertThat(phone.find("#turnoHeadline").getText()).isEqualTo("Hay 1 persona antes que usted.");
            assertThat(phone.text()).contains("Trámite", "Oficina de Representación Cancún", "hora del Sureste")
                    .doesNotContain("Tomás", secondCode);
            phone.checkStep("turno-waiting");
            assertNoSidewaysScroll(phone);

            // window 3 calls the first: the screen shows it large, highlighted, with a chime
            int chimes = Integer.parseInt(attribute(screen, "data-chimes"));
            long shown = timeToShow(screen, () -> call(first, 3), "#latest .display-number", first);
            System.out.println("call display: a call made in the store was shown after " + shown + " ms");
            assertThat(screen.find("#latest").getText()).contains(first, "Ventanilla 3", "Window 3");
            assertThat(Integer.parseInt(attribute(screen, "data-chimes"))).isEqualTo(chimes + 1);
            assertThat(screen.find("#display").getAttribute("class")).contains("display-fresh");
            assertThat(waiting(screen)).isEqualTo(waitingBefore + 1);
            screen.checkStep("first-call");

            // the phone of the second number: the first one is gone from ahead of it
            phone.waitFor(d -> "Usted sigue. Esté pendiente de la pantalla de turnos.".equals(
                    textOf(phone, "#turnoHeadline")));

            // a recall shows again, marked, and chimes again
            timeToShow(screen, () -> recall(first, 3, 2), "#latest .display-recall", "Llamado de nuevo");
            assertThat(Integer.parseInt(attribute(screen, "data-chimes"))).isEqualTo(chimes + 2);

            // window 1 calls the second: it is the latest, the first moves to the previous calls
            timeToShow(screen, () -> call(second, 1), "#latest .display-number", second);
            assertThat(screen.find("#previous").getText()).contains(first, "Ventanilla 3", "Called again");
            assertThat(waiting(screen)).isEqualTo(waitingBefore);
            screen.checkStep("second-call");
            // the status page keeps itself current: it reloads within its 15 s and says the window
            new WebDriverWait(phone.driver, Duration.ofSeconds(25)).until(d ->
                    "Lo estamos llamando a la ventanilla 1.".equals(textOf(phone, "#turnoHeadline")));
            phone.checkStep("turno-called");
            assertNoSidewaysScroll(phone);

            // the same status in English, and a number typed wrong beside its field
            try (Browser english = new Browser("display-phone-en", "en-US,en;q=0.9", 390, 844)) {
                english.open(page(display, "turno?office=" + OFFICE + "&number=" + second));
                assertThat(english.find("#turnoHeadline").getText()).isEqualTo("We are calling you to window 1.");
                english.checkStep("turno-called-en");
                english.open(page(display, "turno?office=" + OFFICE + "&number=Z-999"));
                assertThat(english.find("#numberError").getText()).contains("Z-999");
                assertThat(english.find("#number").getAttribute("aria-invalid")).isEqualTo("true");
                english.checkStep("turno-unknown-en");
            }
        }
    }

    @Test
    void on_a_phone_the_display_stacks_the_latest_call_above_the_previous_ones_without_scrolling_sideways() {
        String number = walkIn('P');
        call(number, 2);
        try (Browser phone = new Browser("display-390", "es-MX,es;q=0.9", 390, 844, NO_SOUND_BEFORE_A_TAP)) {
            phone.open(page(display, "display/" + OFFICE));
            assertThat(phone.find("#latest").getText()).contains(number, "Ventanilla 2", "Window 2");
            phone.checkStep("display-phone");
            assertNoSidewaysScroll(phone);
        }
    }

    @Test
    void without_event_source_the_display_polls_and_shows_a_call_within_a_few_seconds() {
        try (Browser old = new Browser("display-polling", "es-MX,es;q=0.9", 1280, 720, NO_SOUND_BEFORE_A_TAP)) {
            ((ChromeDriver) old.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", "window.EventSource = undefined;"));
            old.open(page(display, "display/" + OFFICE));
            assertThat(attribute(old, "data-following")).isEqualTo("polling");
            String number = walkIn('Q');
            long shown = timeToShow(old, () -> call(number, 4), "#latest .display-number", number, Duration.ofSeconds(6));
            System.out.println("call display, polling: shown after " + shown + " ms");
            old.checkStep("display-polling");
        }
    }

    @Test
    void an_unknown_office_is_a_clear_page_with_a_404_and_the_display_without_an_office_lists_them() {
        Http.Answer unknown = Http.get(display.uri("display/atlantis"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No encontramos esa oficina", "We cannot find that office")
                .doesNotContain("at mx.gob", "Caused by", "Incident");
        assertThat(Http.get(display.uri("display/" + OFFICE + "/more")).status()).isEqualTo(404);
        try (Browser screen = new Browser("display-choose", "es-MX,es;q=0.9", 1280, 900)) {
            screen.open(page(display, "display/atlantis"));
            screen.checkStep("display-unknown");
            screen.open(page(display, "display"));
            assertThat(screen.text()).contains("Pantallas de turnos", "Call displays", "Oficina de Representación Cancún");
            screen.checkStep("display-choose");
            screen.clickAndWaitForPage(screen.driver.findElement(By.linkText("Oficina de Representación Cancún")));
            assertThat(screen.driver.getCurrentUrl()).endsWith("/display/" + OFFICE);
            screen.find("#latest");
        }
    }

    // ---- the API the display reads

    @Test
    void the_board_answers_json_with_an_entity_tag_and_the_stream_sends_it_with_an_id_a_retry_hint_and_each_call() {
        Http.Answer board = Http.get(display.uri("api/v1/offices/" + OFFICE + "/calls"));
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.header("Cache-Control")).contains("no-cache");
        String tag = board.header("ETag");
        assertThat(tag).startsWith("W/\"");
        JsonObject json = board.object();
        assertThat(json.getString("officeId")).isEqualTo(OFFICE);
        assertThat(json.getString("timeZone")).isEqualTo("America/Cancun");
        assertThat(Http.get(display.uri("api/v1/offices/" + OFFICE + "/calls"), "If-None-Match", tag).status())
                .as("nothing changed").isEqualTo(304);

        try (EventStream stream = EventStream.open("127.0.50.1", display.port(), "/api/v1/offices/" + OFFICE
                + "/calls/stream")) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            EventStream.Event first = stream.next(Duration.ofSeconds(10));
            assertThat(first.name()).isEqualTo("board");
            assertThat(first.retry()).isEqualTo("3000");
            assertThat(first.id()).isEqualTo(String.valueOf(json.getJsonNumber("position").longValue()));
            assertThat(parse(first.data()).getJsonArray("calls")).isEqualTo(json.getJsonArray("calls"));

            String number = walkIn('S');
            long called = System.nanoTime();
            call(number, 5);
            EventStream.Event next = stream.nextWith("board", "\"" + number + "\"", Duration.ofSeconds(10));
            long millis = (System.nanoTime() - called) / 1_000_000;
            assertThat(next).as("the call on the stream").isNotNull();
            assertThat(millis).as("milliseconds from the call to its event").isLessThan(PROMISE.toMillis());
            JsonObject latest = parse(next.data()).getJsonArray("calls").getJsonObject(0);
            assertThat(latest.getString("number")).isEqualTo(number);
            assertThat(latest.getInt("window")).isEqualTo(5);
            assertThat(latest.getString("at")).endsWith("-05:00");
            assertThat(Http.get(display.uri("api/v1/offices/" + OFFICE + "/calls"), "If-None-Match", tag).status())
                    .as("the board moved on").isEqualTo(200);
        }
        EventStream unknown = EventStream.open("127.0.50.1", display.port(), "/api/v1/offices/atlantis/calls/stream");
        unknown.close();
        assertThat(unknown.status).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.body).contains("office-not-found");
    }

    @Test
    void the_status_of_a_number_is_json_in_the_readers_language_and_an_unknown_one_a_404_problem() {
        String number = walkIn('T');
        Http.Answer waiting = Http.get(display.uri("api/v1/offices/" + OFFICE + "/queue/" + number), "Accept-Language",
                "en");
        assertThat(waiting.status()).isEqualTo(200);
        JsonObject json = waiting.object();
        assertThat(json.getString("number")).isEqualTo(number);
        assertThat(json.getString("status")).isEqualTo("WAITING");
        assertThat(json.getString("procedure")).isEqualTo("CANJE-RT");
        assertThat(json.containsKey("window")).isFalse();
        call(number, 6);
        JsonObject called = Http.get(display.uri("api/v1/offices/" + OFFICE + "/queue/" + number)).object();
        assertThat(called.getString("status")).isEqualTo("CALLED");
        assertThat(called.getInt("window")).isEqualTo(6);

        Http.Answer unknown = Http.get(display.uri("api/v1/offices/" + OFFICE + "/queue/T-999"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.object().getString("code")).isEqualTo("visit.notFound");
        assertThat(unknown.object().getString("detail")).isEqualTo(
                "No hay un turno T-999 hoy en esta oficina. Revise el número.");
        assertThat(Http.get(display.uri("api/v1/offices/" + OFFICE + "/queue/nonsense")).status()).isEqualTo(400);
        assertThat(Http.get(console.uri("openapi")).body()).contains("/api/v1/offices/{office}/calls/stream",
                "/api/v1/offices/{office}/queue/{number}");
    }

    @Test
    void many_screens_hold_no_thread_each_every_one_gets_the_call_and_one_client_may_not_take_them_all()
            throws Exception {
        List<EventStream> screens = new ArrayList<>();
        try {
            // more streams than the 16 threads of the HTTP pool, each from a client of its own
            for (int i = 0; i < 24; i++) {
                EventStream stream = EventStream.open("127.0." + (100 + i) + ".1", display.port(),
                        "/api/v1/offices/" + OFFICE + "/calls/stream");
                assertThat(stream.status).as("stream " + i).isEqualTo(200);
                assertThat(stream.next(Duration.ofSeconds(10))).isNotNull();
                screens.add(stream);
            }
            long asked = System.nanoTime();
            assertThat(Http.get(display.uri("api/v1/offices/" + OFFICE + "/calls")).status()).isEqualTo(200);
            assertThat((System.nanoTime() - asked) / 1_000_000).as("ms to answer beside 24 open streams")
                    .isLessThan(2000);
            String number = walkIn('M');
            call(number, 7);
            for (EventStream stream : screens) {
                assertThat(stream.nextWith("board", "\"" + number + "\"", Duration.ofSeconds(5))).isNotNull();
            }
        } finally {
            screens.forEach(EventStream::close);
        }

        // one client: six streams, and the seventh is refused so that a display polls instead
        List<EventStream> one = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                one.add(EventStream.open("127.0.90.1", display.port(), "/api/v1/offices/" + OFFICE + "/calls/stream"));
                assertThat(one.get(i).status).isEqualTo(200);
            }
            EventStream refused = EventStream.open("127.0.90.1", display.port(), "/api/v1/offices/" + OFFICE
                    + "/calls/stream");
            refused.close();
            assertThat(refused.status).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("60");
            assertThat(refused.body).contains("too-many-requests", "display-streams-per-client");
        } finally {
            one.forEach(EventStream::close);
        }
        // the screens switched off are found by the next heartbeat (15 s) and their places freed
        long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        EventStream again = null;
        while (System.nanoTime() < until) {
            again = EventStream.open("127.0.90.1", display.port(), "/api/v1/offices/" + OFFICE + "/calls/stream");
            again.close();
            if (again.status == 200) {
                break;
            }
            Thread.sleep(2000);
        }
        assertThat(again.status).as("a place freed after the client left").isEqualTo(200);
    }

    // ---- the window's store, and the console

    /** A walk-in token of {@code letter} waiting now, as reception's store adapter issues one. */
    private static String walkIn(char letter) {
        String number = letter + "-" + String.format("%03d", WALK_INS.incrementAndGet());
        Instant now = fakedNow();
        inTransaction(db -> {
            try (PreparedStatement visit = db.prepareStatement("INSERT INTO visit (office_id, service_day, display_no,"
                    + " kind, procedure_code, priority, queued_at, status, calls, version)"
                    + " VALUES (?, ?, ?, 'WALK_IN', 'CANJE-RT', 'NONE', ?, 'WAITING', 0, 0)")) {
                visit.setString(1, OFFICE);
                visit.setObject(2, today);
                visit.setString(3, number);
                visit.setObject(4, utc(now));
                visit.executeUpdate();
            }
            logged(db, number, "ISSUED", now, null, null);
        });
        return number;
    }

    /** {@code window} calls {@code number}: the window adapter's one conditional update and its log row. */
    private static void call(String number, int window) {
        Instant now = fakedNow();
        inTransaction(db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE visit SET status = 'CALLED', window_no = ?,"
                    + " calls = 1, first_called_at = ?, version = version + 1 WHERE office_id = ? AND service_day = ?"
                    + " AND display_no = ? AND status = 'WAITING'")) {
                update.setInt(1, window);
                update.setObject(2, utc(now));
                update.setString(3, OFFICE);
                update.setObject(4, today);
                update.setString(5, number);
                assertThat(update.executeUpdate()).as(number + " was waiting").isEqualTo(1);
            }
            logged(db, number, "CALLED", now, window, null);
        });
    }

    private static void recall(String number, int window, int calls) {
        Instant now = fakedNow();
        inTransaction(db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE visit SET calls = ?, version = version + 1"
                    + " WHERE office_id = ? AND service_day = ? AND display_no = ? AND status = 'CALLED'")) {
                update.setInt(1, calls);
                update.setString(2, OFFICE);
                update.setObject(3, today);
                update.setString(4, number);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            logged(db, number, "RECALLED", now, window, String.valueOf(calls));
        });
    }

    private static void logged(Connection db, String number, String kind, Instant at, Integer window, String detail)
            throws SQLException {
        try (PreparedStatement event = db.prepareStatement("INSERT INTO visit_event (log_position, office_id,"
                + " service_day, display_no, kind, happened_at, window_no, by_user, detail)"
                + " VALUES (visit_event_seq.NEXTVAL, ?, ?, ?, ?, ?, ?, 'ventanilla-de-prueba', ?)")) {
            event.setString(1, OFFICE);
            event.setObject(2, today);
            event.setString(3, number);
            event.setString(4, kind);
            event.setObject(5, utc(at));
            event.setObject(6, window);
            event.setString(7, detail);
            event.executeUpdate();
        }
    }

    /** The display number the appointment's check-in gave. */
    private static String numberOf(String code) {
        try (Connection db = DriverManager.getConnection(databaseUrl, "sa", "");
                PreparedStatement query = db.prepareStatement("SELECT display_no FROM visit WHERE appointment_code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a visit for " + code).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        void run(Connection db) throws SQLException;
    }

    private static void inTransaction(Work work) {
        try (Connection db = DriverManager.getConnection(databaseUrl, "sa", "")) {
            db.setAutoCommit(false);
            work.run(db);
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Now on the jars' clocks. */
    private static Instant fakedNow() {
        return Instant.now().plus(clockOffset);
    }

    private static void signIn(Browser browser, RunningJar jar) {
        browser.open(page(jar, "console/sign-in.xhtml"));
        browser.byId("signIn:username").sendKeys("admin");
        browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
        browser.clickAndWaitForPage(browser.byId("signIn:submit"));
    }

    /** Books through the agenda's form on its day, at its first free time; returns the code the dialog shows. */
    private static String book(Browser browser, String givenNames, String surnames, String passport) {
        browser.byId("agendaForm:bookFor").click();
        browser.awaitAjax();
        Select procedure = new Select(browser.byId("bookForm:procedure"));
        if (!"CANJE-RT".equals(procedure.getFirstSelectedOption().getAttribute("value"))) {
            procedure.selectByValue("CANJE-RT");
            browser.awaitAjax();
        }
        browser.byId("bookForm:givenNames").sendKeys(givenNames);
        browser.byId("bookForm:surnames").sendKeys(surnames);
        new Select(browser.byId("bookForm:nationality")).selectByValue("HND");
        browser.byId("bookForm:passport").sendKeys(passport);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.byId("bookForm:dateOfBirth"), "1988-03-02");
        browser.awaitAjax();
        browser.byId("bookForm:confirmBooking").click();
        browser.awaitAjax();
        assertThat(browser.text()).contains("Cita agendada. Código de confirmación:");
        String code = browser.find(".booked-code").getText().strip();
        browser.byId("bookForm:closeBooking").click();
        browser.awaitAjax();
        BOOKED.put(code, passport);
        return code;
    }

    /**
     * Checks the appointment in on the agenda and waits until {@code screen} counts {@code waiting}, within 2 s of
     * the check-in's answer; returns the number it was given.
     */
    private static String checkIn(Browser staff, String code, Browser screen, int waiting) {
        staff.byId("agendaForm:query").clear();
        staff.byId("agendaForm:query").sendKeys(code + Keys.ENTER);
        staff.awaitAjax();
        assertThat(staff.find("[id='checkInDialog']").isDisplayed()).as("the code opens its check-in").isTrue();
        staff.byId("checkInForm:passport").sendKeys(BOOKED.get(code));
        staff.byId("checkInForm:confirm").click();
        staff.awaitAjax();
        assertThat(staff.find(".status-" + code).getText()).isEqualTo("Llegó");
        long checkedIn = System.nanoTime();
        new WebDriverWait(screen.driver, PROMISE, Duration.ofMillis(50)).until(d -> waiting(screen) == waiting);
        System.out.println("call display: a check-in on the other instance was counted after "
                + (System.nanoTime() - checkedIn) / 1_000_000 + " ms");
        return numberOf(code);
    }

    /** Does {@code step}, then the milliseconds until {@code css} on the screen contains {@code text} (at most 2 s). */
    private static long timeToShow(Browser screen, Runnable step, String css, String text) {
        return timeToShow(screen, step, css, text, PROMISE);
    }

    private static long timeToShow(Browser screen, Runnable step, String css, String text, Duration within) {
        step.run();
        long done = System.nanoTime();
        new WebDriverWait(screen.driver, within, Duration.ofMillis(50)).until(d -> d.findElements(By.cssSelector(css))
                .stream().anyMatch(e -> e.getText().contains(text)));
        return (System.nanoTime() - done) / 1_000_000;
    }

    /** Waits until the display follows the stream (its first event came). */
    private static void awaitStream(Browser screen) {
        screen.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('display').getAttribute('data-following') === 'stream';")));
    }

    private static int waiting(Browser screen) {
        return Integer.parseInt(screen.driver.findElement(By.id("waiting")).getText().strip());
    }

    private static String attribute(Browser screen, String name) {
        return screen.driver.findElement(By.id("display")).getAttribute(name);
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Object wider = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(wider).as("the page scrolls sideways").isEqualTo(false);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String passport(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String page(RunningJar jar, String path) {
        return "http://localhost:" + jar.port() + "/" + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code css} now, or empty while the page is being replaced. */
    private static String textOf(Browser browser, String css) {
        try {
            return browser.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).findFirst()
                    .orElse("");
        } catch (WebDriverException reloading) {
            return "";
        }
    }
}
