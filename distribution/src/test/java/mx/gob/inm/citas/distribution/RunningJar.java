package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The uber jar ({@code target/citas.jar}) started as operators start it, in its own process on its own data
 * directory and port, with the shipped defaults unless told otherwise; it can be killed like a crash would
 * ({@code SIGKILL}) and started again on the same data. It can be launched without waiting ({@link #launch}), so
 * that something else runs while it starts, and awaited later ({@link #awaitReady}). Its heap is bounded;
 * {@link #close} stops it.
 */
final class RunningJar implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, String> settings;
    private final List<String> options;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;
    private volatile boolean ready;
    private int port;
    private int sslPort;

    RunningJar(Path dataDir, Map<String, String> settings) {
        this(dataDir, settings, List.of());
    }

    /** With Payara Micro's own {@code options} on the command line too (e.g. clustering). */
    RunningJar(Path dataDir, Map<String, String> settings, List<String> options) {
        this(dataDir, settings, options, List.of());
    }

    /** With Payara Micro's {@code options} and the JVM's {@code jvmOptions} too (after the bounded heap). */
    RunningJar(Path dataDir, Map<String, String> settings, List<String> options, List<String> jvmOptions) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.options = List.copyOf(options);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** Starts the process and waits until it is ready. */
    RunningJar start() {
        return launch().awaitReady();
    }

    /** Starts the process and returns at once: {@link #awaitReady} waits for it. */
    RunningJar launch() {
        port = freePort();
        sslPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC", "-Djava.security.egd=file:/dev/./urandom"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("citas.jar", "target/citas.jar"), "--port",
                String.valueOf(port), "--sslport", String.valueOf(sslPort)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // the shipped defaults: nothing of the shared test instance's settings leaks in
        env.keySet().removeIf(name -> name.startsWith("CITAS_"));
        env.put("CITAS_DATA_DIR", dataDir.toString());
        env.put("CITAS_ADMIN_PASSWORD", "Prueba-Dura-2026");
        env.putAll(settings);
        // a setting given as empty is left unset, as on a machine that never heard of it
        env.values().removeIf(String::isEmpty);
        try {
            Files.createDirectories(dataDir);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the launched process answers ready (at once when it already did). */
    synchronized RunningJar awaitReady() {
        if (!ready) {
            waitUntilReady();
            ready = true;
        }
        return this;
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    /** Whether the process runs (started and neither stopped nor killed). */
    boolean alive() {
        return process != null && process.isAlive();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Everything the process wrote so far, standard output and error. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Payara Micro's HTTPS listener, with its own self-signed certificate. */
    int sslPort() {
        return sslPort;
    }

    private void waitUntilReady() {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            assertThat(process.isAlive()).as("citas.jar stopped; see " + log).isTrue();
            try {
                if (Http.get(uri("health/ready")).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            }
        }
        // a jar that never became ready is not left running (and spinning) after the test fails
        process.destroyForcibly();
        throw new AssertionError("citas.jar was not ready within 180 s (stopped); see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the process and waits until it has ended (so that its files can be deleted); one still starting is
     * killed at once, as it has nothing to shut down yet.
     */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (!ready) {
                process.destroyForcibly();
            } else {
                process.destroy();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
