package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the shipped jar in one Payara Data Grid on loopback ({@code --clustername}, {@code --clustermode
 * tcpip:…}, a cluster password), sharing one database (H2's TCP server, as instances share Oracle) and one SMTP
 * server (GreenMail): what must hold once holds once across them. Each instance has a heap of 384 MB; proof of work
 * is off and the per-client hold quota is low (4 an hour), so that a client's holds spread over both instances can
 * be counted; the storm's clients each have an address of their own. The anonymisation job runs every 2 s (a lease
 * of 4 s), so that its lease moves within seconds when its holder is killed.
 */
class ClusterIT {

    private static final ZoneId MONTERREY = ZoneId.of("America/Monterrey");
    private static final String ADMIN_PASSWORD = "Prueba-Grupo-2026";
    private static final int HOLDS_PER_CLIENT = 4;
    private static final Duration ANONYMISE_EVERY = Duration.ofSeconds(2);
    private static final Pattern LEASE_NAME = Pattern.compile("holds job leases as ([0-9a-f-]{36})");

    private static Path work;
    private static Server database;
    private static String databaseUrl;
    private static GreenMail smtp;
    private static Map<String, String> settings;
    private static List<String> clusterOptions;
    private static final RunningJar[] JARS = new RunningJar[2];

    @BeforeAll
    static void two_clustered_instances_on_one_database() throws Exception {
        work = Files.createTempDirectory("citas-cluster-");
        int dbPort = freePort();
        database = Server.createTcpServer("-tcpPort", String.valueOf(dbPort), "-baseDir", work.resolve("db")
                .toString(), "-ifNotExists").start();
        databaseUrl = "jdbc:h2:tcp://127.0.0.1:" + dbPort + "/citas;MODE=Oracle;LOCK_TIMEOUT=10000";
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        smtp.start();
        settings = Map.of("CITAS_DB_URL", databaseUrl, "CITAS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "CITAS_SMTP_HOST", "127.0.0.1", "CITAS_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "CITAS_MAIL_DISPATCH_SECONDS", "1", "CITAS_POW_COST", "0",
                "CITAS_LIMITS_HOLDS_PER_CLIENT", HOLDS_PER_CLIENT + "/1h",
                "CITAS_PRIVACY_ANONYMISE_SECONDS", String.valueOf(ANONYMISE_EVERY.toSeconds()),
                "CITAS_CLUSTER_PASSWORD", "clave-" + UUID.randomUUID());
        int gridA = freePort();
        int gridB = freePort();
        clusterOptions = List.of("--clustername", "citas-it-" + UUID.randomUUID().toString().substring(0, 8),
                "--clustermode", "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB, "--interfaces", "127.0.0.1",
                "--hzpublicaddress", "127.0.0.1");
        // the first one alone migrates the empty database; the second starts once it is ready
        JARS[0] = jar(0, gridA).start();
        JARS[1] = jar(1, gridB).start();
    }

    private static RunningJar jar(int index, int gridPort) {
        List<String> options = new ArrayList<>(clusterOptions);
        options.addAll(List.of("--startport", String.valueOf(gridPort)));
        return new RunningJar(work.resolve(index == 0 ? "a" : "b"), settings, options);
    }

    @AfterAll
    static void stop_them() {
        for (RunningJar jar : JARS) {
            if (jar != null) {
                jar.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void the_two_instances_form_one_data_grid_whose_name_does_not_show_the_password() throws Exception {
        for (RunningJar jar : JARS) {
            awaitLog(jar, "DG Size: 2", Duration.ofSeconds(60));
            assertThat(jar.log()).doesNotContain(settings.get("CITAS_CLUSTER_PASSWORD"))
                    .doesNotContain("without a cluster password");
        }
    }

    @Test
    void a_storm_of_holds_split_between_the_instances_takes_exactly_the_places_and_mails_each_once()
            throws Exception {
        Map<String, Integer> places = freePlaces(JARS[0], "nl-monterrey", 10);
        List<String> slots = new ArrayList<>(places.keySet()).subList(0, 5);
        int perSlot = slots.stream().mapToInt(places::get).max().orElseThrow() * 2;
        Map<String, String> slotOfEmail = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < slots.size() * perSlot; i++) {
            String slot = slots.get(i % slots.size());
            RunningJar jar = JARS[i % 2];
            // each client a /24 of its own: the quotas are not what this counts
            String source = "127." + (10 + i / 250) + "." + (i % 250) + ".1";
            String passport = "G" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
            String email = passport.toLowerCase() + "@grupo.mx";
            answers.add(clients.submit(() -> {
                go.await();
                LoopbackClient.Answer held = LoopbackClient.json(source, jar.port(), "POST", "/api/v1/appointments",
                        hold("nl-monterrey", slot, passport, email));
                if (held.status() == 201) {
                    slotOfEmail.put(email, slot);
                }
                return held.status();
            }));
        }
        go.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        clients.shutdownNow();
        System.out.println("cluster storm: " + answers.size() + " holds on " + slots.size() + " slots, answers "
                + statuses);
        Map<String, Integer> heldPerSlot = new HashMap<>();
        slotOfEmail.values().forEach(slot -> heldPerSlot.merge(slot, 1, Integer::sum));
        Map<String, Integer> after = freePlaces(JARS[1], "nl-monterrey", 10);
        for (String slot : slots) {
            assertThat(heldPerSlot.getOrDefault(slot, 0)).as("holds of %s", slot).isEqualTo(places.get(slot));
            assertThat(after.getOrDefault(slot, 0)).as("places left at %s", slot).isZero();
        }
        assertThat(statuses.keySet()).as("every hold was held or refused as full").containsOnly(201, 409);

        // each held applicant gets one verification mail, whichever instance sent the outbox
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (mailsTo(slotOfEmail.keySet()).size() < slotOfEmail.size() && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        Thread.sleep(3000);
        Map<String, Integer> mails = mailsTo(slotOfEmail.keySet());
        assertThat(mails.keySet()).as("every held applicant was mailed").containsExactlyInAnyOrderElementsOf(
                slotOfEmail.keySet());
        assertThat(mails.values()).as("no mail went twice").containsOnly(1);
    }

    @Test
    void a_closure_saved_on_one_instance_is_in_force_on_the_other_at_once() throws Exception {
        String office = "coah-saltillo";
        Map<String, Integer> before = freePlaces(JARS[1], office, 10);
        assertThat(before).as("places offered at " + office).isNotEmpty();
        String day = before.keySet().iterator().next().substring(0, 10);
        // read again: the other instance's caches hold the office, its procedures and its closures now
        assertThat(freePlaces(JARS[1], office, 10)).containsKey(before.keySet().iterator().next());

        try (Browser browser = new Browser("cluster-closure", "es-MX,es;q=0.9", 1280, 900)) {
            browser.open(page(JARS[0], "console/sign-in.xhtml"));
            browser.byId("signIn:username").sendKeys("admin");
            browser.byId("signIn:password").sendKeys(ADMIN_PASSWORD);
            browser.clickAndWaitForPage(browser.byId("signIn:submit"));
            browser.open(page(JARS[0], "console/closures.xhtml?office=" + office));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                    browser.byId("closures:firstDay"), day);
            browser.awaitAjax();
            browser.byId("closures:reason").sendKeys("Simulacro de protección civil");
            browser.byId("closures:preview").click();
            browser.awaitAjax();
            browser.byId("closures:close").click();
            browser.find(".ui-confirmdialog-yes").click();
            browser.awaitAjax();
            assertThat(browser.text()).contains("Simulacro de protección civil");
        }
        Map<String, Integer> after = freePlaces(JARS[1], office, 10);
        assertThat(after.keySet()).as("the other instance offers nothing on the closed day " + day)
                .noneMatch(start -> start.startsWith(day));
        assertThat(after).as("and the other days still").isNotEmpty();
    }

    @Test
    void one_clients_holds_spread_over_both_instances_are_counted_as_one_client() {
        String client = "127.0.200.7";
        List<String> slots = new ArrayList<>(freePlaces(JARS[0], "jal-guadalajara", 20).keySet());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < HOLDS_PER_CLIENT + 2; i++) {
            String passport = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
            statuses.add(LoopbackClient.json(client, JARS[i % 2].port(), "POST", "/api/v1/appointments",
                    hold("jal-guadalajara", slots.get(i), passport, passport.toLowerCase() + "@uno.mx")).status());
        }
        assertThat(statuses).as("alternating between the instances").containsExactly(201, 201, 201, 201, 429, 429);
    }

    @Test
    void the_anonymisation_lease_stays_with_one_instance_and_moves_to_the_other_when_its_holder_is_killed()
            throws Exception {
        Lease held = awaitLease(lease -> lease.holder() != null, Duration.ofSeconds(20));
        int holder = instanceNamed(held.holder());
        // renewed by the same instance period after period
        Thread.sleep(ANONYMISE_EVERY.multipliedBy(3).toMillis());
        Lease renewed = lease();
        assertThat(renewed.holder()).as("one instance does the work").isEqualTo(held.holder());
        assertThat(renewed.until()).as("and renews its lease").isAfter(held.until());

        int survivor = 1 - holder;
        String survivorName = leaseName(JARS[survivor]);
        JARS[holder].kill();
        long killed = System.nanoTime();
        try {
            Duration lease = ANONYMISE_EVERY.multipliedBy(2);
            Lease taken = awaitLease(l -> survivorName.equals(l.holder()), lease.plus(ANONYMISE_EVERY)
                    .plusSeconds(5));
            long ms = (System.nanoTime() - killed) / 1_000_000;
            System.out.println("cluster lease: taken over " + ms + " ms after its holder was killed (lease "
                    + lease.toSeconds() + " s, period " + ANONYMISE_EVERY.toSeconds() + " s)");
            assertThat(taken.holder()).isEqualTo(survivorName);
        } finally {
            // the other tests find two instances again, whatever order they run in
            JARS[holder] = jar(holder, portOf(holder)).start();
        }
    }

    // ---- helpers

    private record Lease(String holder, Timestamp until) {
    }

    private static Lease lease() {
        try (Connection db = DriverManager.getConnection(databaseUrl, "sa", "");
                PreparedStatement query = db.prepareStatement(
                        "SELECT holder, leased_until FROM job_lease WHERE name = 'anonymise-personal-data'");
                ResultSet row = query.executeQuery()) {
            return row.next() ? new Lease(row.getString(1), row.getTimestamp(2)) : new Lease(null, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Lease awaitLease(java.util.function.Predicate<Lease> wanted, Duration within)
            throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        Lease lease = lease();
        while (!wanted.test(lease)) {
            assertThat(System.nanoTime() - until).as("the lease within " + within + ": " + lease).isNegative();
            Thread.sleep(100);
            lease = lease();
        }
        return lease;
    }

    /** The name the jar holds leases with (its latest start's). */
    private static String leaseName(RunningJar jar) {
        Matcher named = LEASE_NAME.matcher(jar.log());
        String name = null;
        while (named.find()) {
            name = named.group(1);
        }
        assertThat(name).as("the jar logs its lease name").isNotNull();
        return name;
    }

    private static int instanceNamed(String holder) {
        for (int i = 0; i < JARS.length; i++) {
            if (leaseName(JARS[i]).equals(holder)) {
                return i;
            }
        }
        throw new AssertionError("no instance holds leases as " + holder);
    }

    private static int portOf(int index) {
        String members = clusterOptions.get(clusterOptions.indexOf("--clustermode") + 1).substring("tcpip:".length());
        return Integer.parseInt(members.split(",")[index].split(":")[1]);
    }

    private static void awaitLog(RunningJar jar, String text, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!jar.log().contains(text)) {
            assertThat(System.nanoTime() - until).as("'" + text + "' in " + jar.dataDir() + ".log").isNegative();
            Thread.sleep(250);
        }
    }

    /** How many messages reached each of {@code recipients}. */
    private static Map<String, Integer> mailsTo(java.util.Set<String> recipients) throws Exception {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null) {
                for (Address address : to) {
                    if (recipients.contains(address.toString())) {
                        count.merge(address.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        return count;
    }

    private static Map<String, Integer> freePlaces(RunningJar app, String office, int days) {
        LocalDate from = LocalDate.now(MONTERREY).plusDays(3);
        JsonObject availability = parse(Http.get(app.uri("api/v1/offices/" + office
                + "/availability?procedure=CANJE-RT&from=" + from + "&to=" + from.plusDays(days))).body());
        Map<String, Integer> places = new LinkedHashMap<>();
        availability.getJsonArray("days").getValuesAs(JsonObject.class).forEach(d -> d.getJsonArray("slots")
                .getValuesAs(JsonObject.class).forEach(s -> places.put(s.getString("start"), s.getInt("remaining"))));
        places.values().removeIf(remaining -> remaining == 0);
        return places;
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String hold(String office, String start, String passport, String email) {
        return "{\"officeId\":\"" + office + "\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start + "\","
                + "\"applicant\":{\"givenNames\":\"Prueba\",\"surnames\":\"Grupo\",\"nationality\":\"GTM\","
                + "\"passportNumber\":\"" + passport + "\",\"dateOfBirth\":\"1985-01-01\",\"email\":\"" + email
                + "\"},\"language\":\"es\"}";
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
}
