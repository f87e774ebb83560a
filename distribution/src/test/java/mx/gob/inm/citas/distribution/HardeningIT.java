package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped uber jar against attacks and crashes, each in its own process on its own data: a crash right after
 * many holds were answered loses none of them; a fuzzer gets no 5xx and only problem documents under the API; one
 * client address, one e-mail address get no more holds than their quotas, told so with 429 and Retry-After.
 */
class HardeningIT {

    private static final ZoneId MONTERREY = ZoneId.of("America/Monterrey");

    /** As the README says load tests run: no quotas, no proof of work. */
    private static final Map<String, String> LOAD_TEST = Map.of("CITAS_LIMITS", "off", "CITAS_POW_COST", "0");
    private static final String POW_SECRET = "prueba-" + UUID.randomUUID();

    @TempDir
    Path work;

    @TempDir
    static Path shared;

    /** The shipped defaults (quotas, proof of work), for the tests that each use their own client addresses. */
    private static RunningJar defaults;

    @org.junit.jupiter.api.BeforeAll
    static void start_the_shipped_defaults() {
        // no admin password either: the first start generates one, as it does for a newcomer
        defaults = new RunningJar(shared.resolve("defaults-data"), Map.of("CITAS_POW_SECRET", POW_SECRET,
                "CITAS_ADMIN_PASSWORD", "")).start();
    }

    @org.junit.jupiter.api.AfterAll
    static void stop_the_shipped_defaults() {
        if (defaults != null) {
            defaults.close();
        }
    }

    @Test
    void holds_answered_201_survive_a_kill_minus_nine_and_no_slot_holds_more_than_its_places() throws Exception {
        Path data = work.resolve("crash-data");
        Map<String, Integer> placesBefore;
        Map<String, String> passportOf = new ConcurrentHashMap<>();
        Map<String, String> slotOf = new ConcurrentHashMap<>();
        try (RunningJar app = new RunningJar(data, LOAD_TEST).start()) {
            placesBefore = freePlaces(app, "nl-monterrey", 14);
            List<String> slots = new ArrayList<>(placesBefore.keySet()).subList(0, 25);
            ExecutorService clients = Executors.newFixedThreadPool(40);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String slot = slots.get(i % slots.size());
                String passport = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
                answers.add(clients.submit(() -> {
                    go.await();
                    Http.Answer held = Http.call("POST", app.uri("api/v1/appointments"), hold("nl-monterrey", slot,
                            passport, passport.toLowerCase() + "@ejemplo.mx"));
                    if (held.status() == 201) {
                        String code = held.object().getString("confirmationCode");
                        passportOf.put(code, passport);
                        slotOf.put(code, slot);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> answer : answers) {
                answer.get(120, TimeUnit.SECONDS);
            }
            clients.shutdownNow();
            // as soon as the last answer is in: no shutdown, no flush, nothing
            app.kill();
        }
        assertThat(passportOf).as("holds answered 201").hasSizeGreaterThan(100);

        try (RunningJar again = new RunningJar(data, LOAD_TEST).start()) {
            List<String> lost = passportOf.entrySet().stream()
                    .filter(e -> Http.get(again.uri("api/v1/appointments/" + e.getKey()), "X-Passport-Number",
                            e.getValue()).status() != 200)
                    .map(Map.Entry::getKey).toList();
            System.out.printf("crash test: %d holds answered 201 before kill -9, %d lost after the restart%n",
                    passportOf.size(), lost.size());
            assertThat(lost).as("holds answered 201 and gone after the crash").isEmpty();

            Map<String, Integer> placesAfter = freePlaces(again, "nl-monterrey", 14);
            Map<String, Integer> heldPerSlot = new HashMap<>();
            slotOf.values().forEach(slot -> heldPerSlot.merge(slot, 1, Integer::sum));
            heldPerSlot.forEach((slot, held) -> {
                assertThat(held).as("holds of %s", slot).isLessThanOrEqualTo(placesBefore.get(slot));
                assertThat(placesAfter.getOrDefault(slot, 0)).as("places left at %s", slot)
                        .isEqualTo(placesBefore.get(slot) - held);
            });

            fuzz(again);
        }
    }

    @Test
    void a_script_with_many_identities_gets_no_more_holds_than_its_quotas_and_pays_for_each_one() throws Exception {
        RunningJar app = defaults;
        {
            List<String> slots = new ArrayList<>(freePlaces(app, "jal-guadalajara", 30).keySet());

            // no solution, a made-up one, one used twice, one expired: each refused before anything is held
            String json = hold("jal-guadalajara", slots.get(0), "P1234567", "pow@ejemplo.mx");
            assertPowRefused(LoopbackClient.json("127.0.70.1", app.port(), "POST", "/api/v1/appointments", json),
                    "proof-of-work-missing");
            assertPowRefused(LoopbackClient.json("127.0.70.1", app.port(), "POST", "/api/v1/appointments", json,
                    "Altcha", java.util.Base64.getEncoder().encodeToString("{\"challenge\":\"x\"}".getBytes())),
                    "proof-of-work-invalid");
            String solution = Http.solvedChallenge(app.uri("api/v1/challenge"));
            assertThat(LoopbackClient.json("127.0.70.1", app.port(), "POST", "/api/v1/appointments", json, "Altcha",
                    solution).status()).isEqualTo(201);
            assertPowRefused(LoopbackClient.json("127.0.71.1", app.port(), "POST", "/api/v1/appointments",
                    hold("jal-guadalajara", slots.get(1), "P7654321", "otro@ejemplo.mx"), "Altcha", solution),
                    "proof-of-work-replayed");
            assertPowRefused(LoopbackClient.json("127.0.71.1", app.port(), "POST", "/api/v1/appointments",
                    hold("jal-guadalajara", slots.get(1), "P7654321", "otro@ejemplo.mx"), "Altcha", expiredSolution()),
                    "proof-of-work-expired");
            int held = 0;
            LoopbackClient.Answer refused = null;
            for (int i = 0; i < 14 && refused == null; i++) {
                String passport = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
                LoopbackClient.Answer answer = LoopbackClient.json("127.0.77.5", app.port(), "POST",
                        "/api/v1/appointments", hold("jal-guadalajara", slots.get(2 + i), passport, "c" + i + "-"
                                + UUID.randomUUID() + "@ejemplo.mx"), "Altcha", solved(app));
                if (answer.status() == 201) {
                    held++;
                } else {
                    refused = answer;
                }
            }
            assertThat(held).as("holds from one client address in an hour").isEqualTo(10);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
            assertThat(refused.body()).contains("too-many-requests", "holds-per-client");
            // the same /24 is the same client; another network is not
            assertThat(LoopbackClient.json("127.0.77.200", app.port(), "POST", "/api/v1/appointments",
                    hold("jal-guadalajara", slots.get(20), "M1234567", "m@ejemplo.mx"), "Altcha", solved(app))
                    .status()).isEqualTo(429);
            assertThat(LoopbackClient.json("127.0.78.5", app.port(), "POST", "/api/v1/appointments",
                    hold("jal-guadalajara", slots.get(20), "M1234567", "m@ejemplo.mx"), "Altcha", solved(app))
                    .status()).isEqualTo(201);

            // one e-mail address, many identities from many networks: three holds a day
            String email = "revendedor-" + UUID.randomUUID() + "@ejemplo.mx";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(LoopbackClient.json("127.0." + (90 + i) + ".9", app.port(), "POST",
                        "/api/v1/appointments", hold("jal-guadalajara", slots.get(25 + i), "N" + (7_000_000 + i),
                                email), "Altcha", solved(app)).status());
            }
            assertThat(statuses).containsExactly(201, 201, 201, 429, 429);
        }
    }

    private static String solved(RunningJar app) {
        return Http.solvedChallenge(app.uri("api/v1/challenge"));
    }

    /** A correctly signed and solved challenge of this server whose ten minutes are over. */
    private static String expiredSolution() throws Exception {
        org.altcha.altcha.Altcha.Challenge c = org.altcha.altcha.Altcha.createChallenge(
                new org.altcha.altcha.Altcha.ChallengeOptions().setMaxNumber(1000L).setHmacKey(POW_SECRET)
                        .setExpires(java.time.Instant.now().minusSeconds(60).getEpochSecond()));
        return Http.solve(Json.createObjectBuilder().add("algorithm", c.algorithm).add("challenge", c.challenge)
                .add("maxnumber", c.maxnumber).add("salt", c.salt).add("signature", c.signature).build());
    }

    private static void assertPowRefused(LoopbackClient.Answer answer, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("/problems/" + type);
    }

    @Test
    void over_https_the_session_cookie_is_secure_and_browsers_are_told_to_stay_on_https() throws Exception {
        RunningJar app = defaults;
        {
            javax.net.ssl.HttpsURLConnection https = (javax.net.ssl.HttpsURLConnection) java.net.URI.create(
                    "https://127.0.0.1:" + app.sslPort() + "/console/sign-in.xhtml").toURL().openConnection();
            // Payara Micro's own self-signed certificate, on loopback only
            javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
            trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, new java.security.SecureRandom());
            https.setSSLSocketFactory(trustAll.getSocketFactory());
            https.setHostnameVerifier((host, session) -> true);

            assertThat(https.getResponseCode()).isEqualTo(200);
            assertThat(https.getHeaderField("Strict-Transport-Security")).isEqualTo(
                    "max-age=31536000; includeSubDomains");
            assertThat(https.getHeaderField("Set-Cookie")).containsIgnoringCase("Secure")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
            https.disconnect();

            Http.Answer plain = Http.get(app.uri("console/sign-in.xhtml"));
            assertThat(plain.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
            assertThat(plain.header("Set-Cookie")).doesNotContainIgnoringCase("Secure");
        }
    }

    @Test
    void whoever_knows_a_strangers_passport_no_longer_locks_its_owner_out_and_loses_the_place() throws Exception {
        RunningJar app = defaults;
        List<String> slots = new ArrayList<>(freePlaces(app, "son-hermosillo", 20).keySet());
        String passport = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String squatterMail = "revende-" + UUID.randomUUID() + "@ejemplo.mx";
        String ownerMail = "duena-" + UUID.randomUUID() + "@ejemplo.mx";
        int placesBefore = freePlaces(app, "son-hermosillo", 20).get(slots.get(0));

        LoopbackClient.Answer squatted = LoopbackClient.json("127.0.80.1", app.port(), "POST", "/api/v1/appointments",
                hold("son-hermosillo", slots.get(0), passport, squatterMail), "Altcha", solved(app));
        assertThat(squatted.status()).as(squatted.body()).isEqualTo(201);
        LoopbackClient.Answer owned = LoopbackClient.json("127.0.81.1", app.port(), "POST", "/api/v1/appointments",
                hold("son-hermosillo", slots.get(1), passport, ownerMail), "Altcha", solved(app));
        assertThat(owned.status()).as("the owner is not refused: " + owned.body()).isEqualTo(201);

        String ownerCode = code(owned);
        LoopbackClient.Answer confirmed = LoopbackClient.json("127.0.81.1", app.port(), "POST",
                "/api/v1/appointments/" + ownerCode + "/verification", "{\"code\":\"" + mailedCode(app, ownerMail)
                        + "\"}", "X-Passport-Number", passport);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        LoopbackClient.Answer late = LoopbackClient.json("127.0.80.1", app.port(), "POST",
                "/api/v1/appointments/" + code(squatted) + "/verification", "{\"code\":\""
                        + mailedCode(app, squatterMail) + "\"}", "X-Passport-Number", passport);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(freePlaces(app, "son-hermosillo", 20).get(slots.get(0))).as("the squatted place is free again")
                .isEqualTo(placesBefore);

        // opening an appointment is counted per client too: 30 an hour, then 429 with Retry-After
        List<Integer> looks = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            looks.add(LoopbackClient.send("127.0.82.1", app.port(), "GET", "/api/v1/appointments/" + ownerCode,
                    Map.of("X-Passport-Number", passport), null).status());
        }
        assertThat(looks.subList(0, 30)).containsOnly(200);
        LoopbackClient.Answer tooMany = LoopbackClient.send("127.0.82.1", app.port(), "GET",
                "/api/v1/appointments/" + ownerCode, Map.of("X-Passport-Number", passport), null);
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.header("Retry-After")).matches("[0-9]+");
        assertThat(tooMany.body()).contains("lookups-per-client");
    }

    @Test
    void guessing_a_console_password_is_stopped_before_the_password_is_even_hashed() throws Exception {
        RunningJar app = defaults;
        java.net.http.HttpClient browserless = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        String page = browserless.send(java.net.http.HttpRequest.newBuilder(app.uri("console/sign-in.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                    "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            assertThat(viewState.find()).as("the sign-in form").isTrue();
            String form = "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword=adivinando-" + i
                    + "&signIn%3Asubmit=Entrar&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
            java.net.http.HttpResponse<String> answer = browserless.send(java.net.http.HttpRequest.newBuilder(
                    app.uri("console/sign-in.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://127.0.0.1:" + app.port())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            page = answer.body();
            answers.add(page.contains("Demasiados intentos") ? "too many"
                    : page.contains("Usuario o contraseña incorrectos") ? "wrong" : "other: " + answer.statusCode());
        }
        assertThat(answers.subList(0, 10)).containsOnly("wrong");
        assertThat(answers.get(10)).isEqualTo("too many");
    }

    @Test
    void a_generated_admin_password_is_shown_once_framed_after_the_last_start_up_line_and_signs_in()
            throws Exception {
        RunningJar app = defaults;
        java.util.regex.Pattern framed = java.util.regex.Pattern.compile("\\| +Password: +(\\S+) +\\|");
        String log = app.log();
        java.util.regex.Matcher block = framed.matcher(log);
        // written a second after the last start-up line, which may come just after the readiness check answered
        for (int tries = 0; !block.find() && tries < 120; tries++) {
            Thread.sleep(250);
            log = app.log();
            block = framed.matcher(log);
        }
        assertThat(framed.matcher(log).find()).as("a framed block with the password").isTrue();
        assertThat(log).contains("Citas INM is ready.");
        String password = block.group(1);
        assertThat(log.indexOf(password)).as("the password is written once").isEqualTo(log.lastIndexOf(password));
        int lastStartUpLine = log.lastIndexOf("ready in");
        assertThat(block.start()).as("after Payara Micro's last start-up line").isGreaterThan(lastStartUpLine);
        assertThat(log.substring(lastStartUpLine)).contains("http://localhost:" + app.port() + "/console/",
                "User:         admin");

        // from a network of its own (a /24 is one client): the guessing test may have used up 127.0.0.1's attempts
        String source = "127.0.77.1";
        LoopbackClient.Answer form = LoopbackClient.send(source, app.port(), "GET", "/console/sign-in.xhtml",
                Map.of(), null);
        java.util.regex.Matcher session = java.util.regex.Pattern.compile("JSESSIONID=[^;,]+")
                .matcher(form.header("Set-Cookie"));
        assertThat(session.find()).as("a session cookie").isTrue();
        String cookie = session.group();
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(viewState.find()).as("the sign-in form").isTrue();
        String fields = "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&signIn%3Asubmit=Entrar"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        LoopbackClient.Answer signedIn = LoopbackClient.send(source, app.port(), "POST", "/console/sign-in.xhtml",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie,
                        "Origin", "http://127.0.0.1:" + app.port()), fields.getBytes(StandardCharsets.UTF_8));
        assertThat(signedIn.body()).doesNotContain("Usuario o contraseña incorrectos", "Demasiados intentos");
        assertThat(signedIn.status()).as("signed in, sent on to the console").isEqualTo(302);
        assertThat(signedIn.header("Location")).contains("/console/");
    }

    private static String code(LoopbackClient.Answer held) {
        return Json.createReader(new StringReader(held.body())).readObject().getString("confirmationCode");
    }

    /** The verification code in the mail the instance wrote for {@code email} (no SMTP server: .eml files). */
    private static String mailedCode(RunningJar app, String email) throws Exception {
        Path outbox = app.dataDir().resolve("outbox");
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (java.nio.file.Files.isDirectory(outbox)) {
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(outbox)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                        jakarta.mail.internet.MimeMessage mail;
                        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                            mail = new jakarta.mail.internet.MimeMessage(
                                    jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                        }
                        if (java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString()
                                .contains(email))) {
                            return Mailbox.verificationCode(mail);
                        }
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail for " + email + " in " + outbox);
    }

    // ---- the fuzzer

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "TRACE", "PATCH",
        "FROB", "PROPFIND"};
    /**
     * Methods whose requests carry content. Payara's HTTP parser refuses a body on GET, HEAD or DELETE (an empty
     * 400) before any application code runs; like raw non-ASCII header bytes and a malformed escape in the path,
     * that is the container's, and no setting of the application changes it (see the README's security section).
     */
    private static final java.util.Set<String> WITH_CONTENT = java.util.Set.of("POST", "PUT", "PATCH", "FROB",
        "PROPFIND");
    private static final String[] DATES = {"2026-12-01", "+999999999-12-31", "-999999999-01-01", "0000-00-00",
        "9999-12-31", "2026-02-30", "1970-01-01", "2026-13-01", "%00", "2026-12-01T00:00:00Z", "", "null"};
    private static final String[] STRINGS = {"", " ", "null", "\\u0000", "\\u202E", "ñandú", "💥", "' OR '1'='1",
        "<script>alert(1)</script>", "../../etc/passwd", "x".repeat(300), "%s%s%n", "\\r\\nX-Injected: 1",
        "NaN", "-1", "1e999", "true", "[]", "{}"};
    /**
     * In the path, the same without a backslash or NUL: Payara refuses those (encoded or not) while parsing the
     * request line, an empty 400 before the application (see the README's security section).
     */
    private static final String[] PATH_STRINGS = java.util.Arrays.stream(STRINGS)
            .filter(s -> !s.contains("\\")).toArray(String[]::new);

    /** 2,400 generated requests over every endpoint and method: no 5xx, and every error under /api/ a problem. */
    private static void fuzz(RunningJar app) {
        Random random = new Random(20261201L);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < 2_400; i++) {
            String target = target(random);
            String method = METHODS[random.nextInt(METHODS.length)];
            Map<String, String> headers = headers(random);
            byte[] body = !WITH_CONTENT.contains(method) || random.nextInt(4) == 0 ? null : body(random);
            LoopbackClient.Answer answer;
            try {
                answer = LoopbackClient.send("127.1." + random.nextInt(250) + "." + (1 + random.nextInt(250)),
                        app.port(), method, target, headers, body);
            } catch (RuntimeException e) {
                failures.add(method + " " + target + ": " + e);
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500) {
                failures.add(answer.status() + " for " + method + " " + target);
            } else if (answer.status() >= 400 && target.startsWith("/api/") && !"HEAD".equals(method)) {
                String type = String.valueOf(answer.header("Content-Type"));
                if (!type.startsWith("application/problem+json") || !isProblem(answer.body(), answer.status())) {
                    failures.add(answer.status() + " not a problem (" + type + ") for " + method + " " + target);
                }
            }
            if (answer.body().contains("\tat ") || answer.body().contains("Exception")) {
                failures.add("a stack trace for " + method + " " + target);
            }
        }
        System.out.printf("fuzz: %d requests, statuses %s, %d failures%n", 2_400, statuses, failures.size());
        assertThat(failures).as("fuzz answers %s", statuses).isEmpty();
    }

    private static boolean isProblem(String body, int status) {
        try {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            return problem.getInt("status") == status && !problem.getString("title").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String target(Random random) {
        String code = random.nextBoolean() ? "ABCD2345" : pick(random, PATH_STRINGS);
        String office = random.nextBoolean() ? "cdmx-ciudad-de-mexico" : pick(random, PATH_STRINGS);
        String path = switch (random.nextInt(16)) {
            case 0 -> "/api/v1/offices";
            case 1 -> "/api/v1/offices/" + office;
            case 2, 3 -> "/api/v1/offices/" + office + "/availability?procedure=" + (random.nextBoolean()
                    ? "CANJE-RT" : pick(random, STRINGS)) + "&from=" + pick(random, DATES) + "&to="
                    + pick(random, DATES);
            case 4 -> "/api/v1/procedures";
            case 5, 6 -> "/api/v1/appointments";
            case 7 -> "/api/v1/appointments/" + code;
            case 8 -> "/api/v1/appointments/" + code + "/verification";
            case 9 -> "/api/v1/staff/offices/" + office + "/agenda?day=" + pick(random, DATES);
            case 10 -> "/api/v1/" + pick(random, PATH_STRINGS);
            case 11 -> "/api/v1";
            case 12 -> "/openapi";
            case 13 -> "/health/ready";
            case 14 -> "/api/v1/offices?x=" + "%zz" + pick(random, STRINGS);
            default -> "/api/v1/appointments/" + code + "/verification?" + pick(random, STRINGS);
        };
        return encodeUnsafe(path);
    }

    /**
     * Keeps the request line parseable (no spaces or controls in it), like any client library would send. A '%'
     * that starts no escape is escaped itself in the path: Payara answers a malformed escape in the path before
     * the application sees the request (payara/Payara#8000), which no application setting changes.
     */
    private static String encodeUnsafe(String path) {
        StringBuilder out = new StringBuilder();
        int query = path.indexOf('?');
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean strayPercent = c == '%' && (query < 0 || i < query) && !(i + 2 < bytes.length
                    && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '{'
                    || c == '}' || c == '|' || c == '^' || strayPercent) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static Map<String, String> headers(Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] types = {"application/json", "text/plain", "application/xml", "multipart/form-data",
            "application/json; charset=latin1", "*/*", "garbage"};
        String[] accepts = {"application/json", "text/html", "application/xml", "*/*", "image/png", "garbage"};
        if (random.nextInt(5) > 0) {
            headers.put("Content-Type", types[random.nextInt(types.length)]);
        }
        if (random.nextBoolean()) {
            headers.put("Accept", accepts[random.nextInt(accepts.length)]);
        }
        if (random.nextBoolean()) {
            headers.put("Accept-Language", random.nextBoolean() ? "en" : "xx;q=garbage,,;");
        }
        if (random.nextBoolean()) {
            // header values in ASCII, as HTTP clients send them: raw non-ASCII bytes in a header are refused by
            // Payara's HTTP parser (an empty 400) before any application code runs
            headers.put("X-Passport-Number", random.nextBoolean() ? "G1234567" : "%C3%B1" + "x".repeat(50));
        }
        return headers;
    }

    private static byte[] body(Random random) {
        String json = switch (random.nextInt(9)) {
            case 0 -> "{\"officeId\": ";
            case 1 -> "{\"officeId\":1,\"procedure\":[],\"start\":{},\"applicant\":\"x\"}";
            case 2 -> hold("cdmx-ciudad-de-mexico", pick(random, DATES), "G" + random.nextInt(9_999_999),
                    "f" + random.nextInt() + "@ejemplo.mx");
            case 3 -> hold(pick(random, STRINGS), "2026-12-01T09:00:00-06:00", pick(random, STRINGS),
                    pick(random, STRINGS));
            case 4 -> "{\"code\":\"" + pick(random, STRINGS) + "\",\"start\":\"" + pick(random, DATES) + "\"}";
            case 5 -> "{\"officeId\":\"" + "x".repeat(70_000 + random.nextInt(300_000)) + "\"}";
            case 6 -> "[" + "1,".repeat(1 + random.nextInt(1000)) + "1]";
            case 7 -> "\u0000\u0001\u0002 not json at all ñ";
            default -> "{\"applicant\":{\"givenNames\":\"Ana\\u0000\\u202E\",\"surnames\":\"\\r\\nBcc: x@y\"}}";
        };
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    // ---- helpers

    /** Free places per slot start (as the API writes it) of CANJE-RT at the office, from 3 days ahead. */
    private static Map<String, Integer> freePlaces(RunningJar app, String office, int days) {
        LocalDate from = LocalDate.now(MONTERREY).plusDays(3);
        JsonObject availability = Http.get(app.uri("api/v1/offices/" + office + "/availability?procedure=CANJE-RT"
                + "&from=" + from + "&to=" + from.plusDays(days))).object();
        Map<String, Integer> places = new LinkedHashMap<>();
        availability.getJsonArray("days").getValuesAs(JsonObject.class).forEach(d -> d.getJsonArray("slots")
                .getValuesAs(JsonObject.class).forEach(s -> places.put(s.getString("start"), s.getInt("remaining"))));
        return places;
    }

    private static String hold(String office, String start, String passport, String email) {
        return "{\"officeId\":\"" + office + "\",\"procedure\":\"CANJE-RT\",\"start\":\"" + start + "\","
                + "\"applicant\":{\"givenNames\":\"Prueba\",\"surnames\":\"Dura\",\"nationality\":\"GTM\","
                + "\"passportNumber\":\"" + passport + "\",\"dateOfBirth\":\"1985-01-01\",\"email\":\"" + email
                + "\"},\"language\":\"es\"}";
    }
}
