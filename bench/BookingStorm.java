import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The booking-storm benchmark (not a test): many concurrent clients hold and then verify places at one office over
 * HTTP, and the same clients hit a trivial endpoint for comparison. Prints throughput, latency percentiles and the
 * number of oversold places. An unmeasured warm-up comes first, as in any JVM benchmark: rounds of the trivial endpoint
 * and of booking on other offices until the warm-up time is spent, so that both measured phases run on compiled
 * code. Each phase also reports the CPU the server's JIT compiler threads used in it: near zero means steady state.
 * Run through bench/booking-storm.sh, which starts and stops the application.
 *
 * <pre>java bench/BookingStorm.java BASE_URL OUTBOX_DIR [CLIENTS] [SECONDS] [WARM_UP_SECONDS]</pre>
 *
 * Traffic goes only to BASE_URL (loopback); every loop is bounded in time and count.
 */
public class BookingStorm {

    private static final String OFFICE = "cdmx-ciudad-de-mexico";
    private static final String PROCEDURE = "CANJE-RT";
    private static final Pattern SLOT = Pattern.compile("\\{\"remaining\":(\\d+),\"start\":\"([^\"]+)\"}");
    private static final Pattern START = Pattern.compile("\"start\":\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"confirmationCode\":\"([A-Z0-9]{8})\"");
    private static final Pattern SIX_DIGITS = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final Pattern TO = Pattern.compile("(?m)^To: (\\S+)\\s*$");
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\":\"[^\"]*/([a-z-]+)\"");
    /** Offices booked during the warm-up, one per round, none of them the measured one. */
    private static final List<String> WARM_UP_OFFICES = List.of("jal-guadalajara", "nl-monterrey", "qroo-cancun",
            "chis-tapachula", "bc-tijuana", "pue-puebla", "yuc-merida", "son-hermosillo");
    private static final String TRIVIAL = "/health/live";
    /** Numbers the bench applicants across rounds, so every email and passport is new. */
    private final AtomicLong sequence = new AtomicLong();

    private final String base;
    private final Path outbox;
    private final int clients;
    private final Duration phase;
    private final Duration warmup;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    BookingStorm(String base, Path outbox, int clients, Duration phase, Duration warmup) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.outbox = outbox;
        this.clients = clients;
        this.phase = phase;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/BookingStorm.java BASE_URL OUTBOX_DIR [CLIENTS] [SECONDS]"
                    + " [WARM_UP_SECONDS]");
            System.exit(2);
        }
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 90;
        new BookingStorm(args[0], Path.of(args[1]), clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp))
                .run();
    }

    /** Latencies and outcome counts of one phase. */
    static final class Stats {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();
        volatile long elapsedNanos;
        /** CPU time the application (when its pid is known) and this client spent during the phase, or -1. */
        volatile long serverCpuNanos = -1;
        volatile long clientCpuNanos = -1;
        /** CPU time of the server's JIT compiler threads during the phase, or -1. */
        volatile long jitCpuNanos = -1;

        /** "server 1.23 cores, 0.41 ms CPU per request; client 0.30 cores", or "" when the server is unknown. */
        String cpu() {
            if (serverCpuNanos < 0 || micros.isEmpty()) {
                return "";
            }
            return String.format("   [CPU: server %.2f cores, %.2f ms per request, of which JIT %.2f cores;"
                    + " client %.2f cores]", serverCpuNanos / (double) elapsedNanos,
                    serverCpuNanos / 1e6 / micros.size(), Math.max(0, jitCpuNanos) / (double) elapsedNanos,
                    clientCpuNanos / (double) elapsedNanos);
        }

        void record(long startNanos, int status) {
            micros.add((System.nanoTime() - startNanos) / 1000);
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }

        int count(int status) {
            AtomicInteger n = statuses.get(status);
            return n == null ? 0 : n.get();
        }

        double perSecond(int succeeded) {
            return succeeded / (elapsedNanos / 1e9);
        }

        String percentiles() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "no requests";
            }
            return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1000.0);
        }

        double p99() {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : at(sorted, 0.99);
        }

        private static double at(List<Long> sorted, double quantile) {
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    record Held(String code, String email, String start, String passport) {
    }

    /** What one booking round (holds, then verifications) on one office did. */
    record Round(String office, int freeBefore, int slots, Stats holds, Stats verifications, int held, int oversold,
            int freeAfter, Map<String, Integer> refusals) {
    }

    void run() throws Exception {
        if (!warmup.isZero()) {
            warmUp();
        }
        System.out.printf("Measured: %d clients, %d s per phase%n", clients, phase.toSeconds());
        Stats trivial = hammer(TRIVIAL, phase);
        Round round = bookingRound(OFFICE, phase);

        double trivialRate = trivial.perSecond(trivial.count(200));
        double holdRate = round.holds().perSecond(round.holds().count(201));
        double verifyRate = round.verifications().perSecond(round.verifications().count(200));
        Stats holds = round.holds();
        System.out.println();
        System.out.printf("booking storm on %s, %s: %d free places in %d slots%n", round.office(), PROCEDURE,
                round.freeBefore(), round.slots());
        System.out.printf("trivial endpoint (%s):    %8.0f req/s   %s%s%n", TRIVIAL, trivialRate, trivial.percentiles(),
                trivial.cpu());
        System.out.printf("holds (201):                     %8.0f /s      %s   (%d held, %d full 409, %d other)%s%n",
                holdRate, holds.percentiles(), holds.count(201), holds.count(409),
                holds.micros.size() - holds.count(201) - holds.count(409), holds.cpu());
        System.out.printf("hold refusals:                   %s%n", new java.util.TreeMap<>(round.refusals()));
        System.out.printf("confirmations (200):             %8.0f /s      %s   (%d confirmed of %d)%s%n", verifyRate,
                round.verifications().percentiles(), round.verifications().count(200), round.held(),
                round.verifications().cpu());
        System.out.printf("oversold places:                 %8d        (free places before %d, held %d, free after %d)%n",
                round.oversold(), round.freeBefore(), round.held(), round.freeAfter());
        System.out.printf("booking / trivial throughput:    %8.0f %%      (target >= 50 %%)%n", 100 * holdRate / trivialRate);
        System.out.printf("hold p99 at %d clients:         %8.1f ms     (target < 250 ms)%n", clients, holds.p99());
        // Each client sends its next request as soon as the last one is answered, so by Little's law the mean wait
        // is clients / throughput: the p99 target needs at least this many answers per second from any endpoint.
        double needed = clients / 0.250;
        System.out.printf("latency floor (Little's law):    %d clients / throughput: p99 < 250 ms needs > %.0f req/s;"
                + " the trivial endpoint answered %.0f req/s (mean wait %.0f ms), holds %.0f /s (mean wait %.0f ms)%n",
                clients, needed, trivialRate, 1000.0 * clients / trivialRate, holdRate, 1000.0 * clients / holdRate);
        if (round.oversold() > 0) {
            System.out.println("FAILED: places were oversold");
            System.exit(1);
        }
    }

    /**
     * The JIT compiles the paths first used under load, and an application server has a great deal of code to
     * compile: with too short a warm-up the measured phases pay for compilation, unevenly. So the warm-up repeats
     * rounds of both measured paths, each on a fresh office, until its time is spent.
     */
    private void warmUp() throws Exception {
        Duration round = phase.compareTo(Duration.ofSeconds(10)) < 0 ? phase : Duration.ofSeconds(10);
        System.out.printf("Warm-up (not measured): %d s of rounds of %s and of booking another office, %d s each%n",
                warmup.toSeconds(), TRIVIAL, round.toSeconds());
        long deadline = System.nanoTime() + warmup.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            Stats trivial = hammer(TRIVIAL, round);
            String office = WARM_UP_OFFICES.get(i % WARM_UP_OFFICES.size());
            Round warm = bookingRound(office, round);
            System.out.printf("warm-up round %d: %.0f req/s trivial%s; %s: %d held, %d confirmed, %d oversold%s%n",
                    i + 1, trivial.perSecond(trivial.count(200)), trivial.cpu(), office, warm.held(),
                    warm.verifications().count(200), warm.oversold(), warm.holds().cpu());
            if (warm.oversold() > 0) {
                System.out.println("FAILED: places were oversold during the warm-up");
                System.exit(1);
            }
        }
    }

    /** Holds places at {@code office} until it is sold out or the time is up, then verifies every hold. */
    private Round bookingRound(String office, Duration time) throws Exception {
        Map<String, Integer> capacity = freePlaces(office);
        int totalPlaces = capacity.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Set<String>> heldPerSlot = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        Stats holds = holdStorm(office, capacity, heldPerSlot, held, refusals, time);

        Map<String, String> codesByEmail = awaitVerificationMails(held);
        Stats verifications = verifyStorm(new ArrayList<>(held), codesByEmail, time);

        int oversold = 0;
        for (Map.Entry<String, Set<String>> slot : heldPerSlot.entrySet()) {
            int over = slot.getValue().size() - capacity.getOrDefault(slot.getKey(), 0);
            if (over > 0) {
                oversold += over;
                System.out.printf("OVERSOLD %s %s: %d holds for %d free places%n", office, slot.getKey(),
                        slot.getValue().size(), capacity.getOrDefault(slot.getKey(), 0));
                System.out.printf("  codes: %s%n", slot.getValue());
            }
        }
        int stillFree = freePlaces(office).values().stream().mapToInt(Integer::intValue).sum();
        return new Round(office, totalPlaces, capacity.size(), holds, verifications, held.size(), oversold, stillFree,
                refusals);
    }

    private Map<String, Integer> freePlaces(String office) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String body = get("/api/v1/offices/" + office + "/availability?procedure=" + PROCEDURE + "&from=" + today
                + "&to=" + today.plusDays(92)).body();
        Map<String, Integer> slots = new ConcurrentHashMap<>();
        Matcher m = SLOT.matcher(body);
        while (m.find()) {
            slots.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        return slots;
    }

    private Stats hammer(String path, Duration time) throws Exception {
        Stats stats = new Stats();
        runClients(stats, time, () -> {
            long start = System.nanoTime();
            stats.record(start, get(path).statusCode());
            return true;
        });
        return stats;
    }

    private Stats holdStorm(String office, Map<String, Integer> capacity, Map<String, Set<String>> heldPerSlot,
            ConcurrentLinkedQueue<Held> held, Map<String, Integer> refusals, Duration time) throws Exception {
        List<String> open = Collections.synchronizedList(new ArrayList<>(capacity.keySet()));
        Stats stats = new Stats();
        runClients(stats, time, () -> {
            String slot;
            synchronized (open) {
                if (open.isEmpty()) {
                    return false;
                }
                slot = open.get(ThreadLocalRandom.current().nextInt(open.size()));
            }
            long n = sequence.incrementAndGet();
            String email = "storm-" + n + "@bench.test";
            String passport = "B" + (10_000_000 + n);
            String json = "{\"officeId\":\"" + office + "\",\"procedure\":\"" + PROCEDURE + "\",\"start\":\"" + slot
                    + "\",\"applicant\":{\"givenNames\":\"Prueba\",\"surnames\":\"Carga\",\"nationality\":\"GTM\","
                    + "\"passportNumber\":\"" + passport + "\",\"dateOfBirth\":\"1990-01-01\",\"email\":\""
                    + email + "\"},\"language\":\"es\"}";
            long start = System.nanoTime();
            HttpResponse<String> response = post("/api/v1/appointments", json);
            stats.record(start, response.statusCode());
            if (response.statusCode() == 201) {
                // Counted by distinct confirmation code, and only when the answer is about the slot asked for:
                // a duplicated or mixed-up answer must not pass for an oversold place, nor hide one.
                Matcher code = CODE.matcher(response.body());
                Matcher answeredStart = START.matcher(response.body());
                if (!code.find() || !answeredStart.find() || !answeredStart.group(1).equals(slot)) {
                    refusals.merge("201 not about the slot asked for", 1, Integer::sum);
                } else if (heldPerSlot.computeIfAbsent(slot, s -> ConcurrentHashMap.newKeySet()).add(code.group(1))) {
                    held.add(new Held(code.group(1), email, slot, passport));
                } else {
                    refusals.merge("201 repeating a code already seen", 1, Integer::sum);
                }
            } else {
                Matcher type = PROBLEM_TYPE.matcher(response.body());
                refusals.merge(response.statusCode() + " " + (type.find() ? type.group(1) : "?"), 1, Integer::sum);
                if (response.statusCode() == 409) {
                    open.remove(slot);
                }
            }
            return true;
        });
        return stats;
    }

    private Map<String, String> awaitVerificationMails(Collection<Held> held) throws Exception {
        Set<String> wanted = held.stream().map(Held::email).collect(Collectors.toSet());
        int expected = wanted.size();
        Map<String, String> codes = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (codes.size() < expected && System.nanoTime() < deadline) {
            if (Files.isDirectory(outbox)) {
                try (var files = Files.list(outbox)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                        String mail = Files.readString(file, StandardCharsets.UTF_8);
                        Matcher to = TO.matcher(mail);
                        Matcher digits = SIX_DIGITS.matcher(mail);
                        if (to.find() && wanted.contains(to.group(1)) && digits.find()) {
                            codes.putIfAbsent(to.group(1), digits.group(1));
                        }
                    }
                }
            }
            if (codes.size() < expected) {
                Thread.sleep(1000);
            }
        }
        System.out.printf("verification mails found: %d of %d%n", codes.size(), expected);
        return codes;
    }

    private Stats verifyStorm(List<Held> held, Map<String, String> codesByEmail, Duration time) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Stats stats = new Stats();
        runClients(stats, time, () -> {
            int i = next.getAndIncrement();
            if (i >= held.size()) {
                return false;
            }
            Held appointment = held.get(i);
            String code = codesByEmail.get(appointment.email());
            if (code == null) {
                return true;
            }
            long start = System.nanoTime();
            stats.record(start, post("/api/v1/appointments/" + appointment.code() + "/verification",
                    "{\"code\":\"" + code + "\"}", "X-Passport-Number", appointment.passport()).statusCode());
            return true;
        });
        return stats;
    }

    interface Step {
        /** One request; false when there is nothing left to do. */
        boolean run() throws Exception;
    }

    /** Runs {@code step} in a loop on every client until it says stop or the phase's time is up. */
    private void runClients(Stats stats, Duration time, Step step) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + time.toNanos();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                go.await();
                while (System.nanoTime() < deadline) {
                    try {
                        if (!step.run()) {
                            break;
                        }
                    } catch (IOException e) {
                        stats.errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long serverCpu = serverCpuNanos();
        long jitCpu = jitCpuNanos();
        long clientCpu = clientCpuNanos();
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(time.toSeconds() + 120, TimeUnit.SECONDS);
        stats.elapsedNanos = System.nanoTime() - start;
        if (serverCpu >= 0) {
            stats.serverCpuNanos = serverCpuNanos() - serverCpu;
            stats.jitCpuNanos = jitCpuNanos() - jitCpu;
            stats.clientCpuNanos = clientCpuNanos() - clientCpu;
        }
    }

    /** User + system CPU time of the application process, from /proc (Linux), or -1 when unknown. */
    private static long serverCpuNanos() {
        Path process = serverProcess();
        return process == null ? -1 : cpuNanos(process.resolve("stat"));
    }

    /** CPU time of the application's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"), or -1. */
    private static long jitCpuNanos() {
        Path process = serverProcess();
        if (process == null) {
            return -1;
        }
        long total = 0;
        try (var threads = Files.list(process.resolve("task"))) {
            for (Path thread : threads.toList()) {
                String stat = Files.readString(thread.resolve("stat"));
                if (stat.contains("CompilerThre")) {
                    total += Math.max(0, cpuNanos(thread.resolve("stat")));
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path serverProcess() {
        String pid = System.getenv("CITAS_BENCH_SERVER_PID");
        return pid == null || pid.isBlank() ? null : Path.of("/proc", pid.trim());
    }

    /** User + system time from a /proc stat file, or -1 (a thread may end while it is read). */
    private static long cpuNanos(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long perSecond = Long.parseLong(System.getenv().getOrDefault("CITAS_BENCH_CLK_TCK", "100"));
            return ticks * 1_000_000_000L / perSecond;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
