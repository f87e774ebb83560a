package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;

/**
 * A shipped jar whose clock is set by libfaketime (the Debian package {@code faketime}) to a chosen moment at an
 * office, whatever the day, hour and time zone of the machine, and the demo catalogue's working days to choose it
 * from: tests of what happens on an office's working day (a check-in, a no-show) then pass at any hour.
 */
final class FakedTime {

    private static final List<String> LIBRARIES = List.of(
            "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
            "/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1");

    private FakedTime() {
    }

    /** The libfaketime library of this machine, or null. */
    static String library() {
        return LIBRARIES.stream().filter(l -> Files.isReadable(Path.of(l))).findFirst().orElse(null);
    }

    /**
     * The jar on {@code data} with {@code settings}, its clock at {@code wallClock} in {@code zone} and running on
     * from there; a jar that did not come up is stopped too.
     */
    static RunningJar start(Path data, ZoneId zone, LocalDateTime wallClock, Map<String, String> settings) {
        Duration offset = Duration.ofSeconds(Duration.between(Instant.now(), wallClock.atZone(zone).toInstant())
                .getSeconds());
        RunningJar jar = new RunningJar(data, shifted(settings, offset));
        try {
            return jar.start();
        } catch (RuntimeException | AssertionError notReady) {
            jar.close();
            throw notReady;
        }
    }

    /**
     * {@code settings} and libfaketime's, so that a jar started with them has its clock {@code offset} (whole
     * seconds) ahead of the machine's and running on from there: jars given the same offset share one clock.
     */
    static Map<String, String> shifted(Map<String, String> settings, Duration offset) {
        assertThat(library()).as("libfaketime is needed: apt-get install faketime").isNotNull();
        assertThat(offset.getNano()).as("libfaketime shifts by whole seconds").isZero();
        Map<String, String> all = new HashMap<>(settings);
        all.put("LD_PRELOAD", library());
        // every clock moves by the offset, the steady one too: with FAKETIME_DONT_FAKE_MONOTONIC, libfaketime 0.9.10
        // shifts the deadline of every timed wait of the JVM into the past, and Payara spins on its timed waits
        long seconds = offset.getSeconds();
        all.put("FAKETIME", (seconds >= 0 ? "+" : "") + seconds);
        return all;
    }

    /**
     * A Tuesday at least two days from now in {@code zone} whose week (to the next Tuesday) has no rest day nor demo
     * closure: every weekday of it offers the demo's slots.
     */
    static LocalDate aQuietTuesday(ZoneId zone) {
        LocalDate day = LocalDate.now(zone).plusDays(2);
        while (true) {
            day = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            boolean quiet = true;
            for (LocalDate d = day; !d.isAfter(day.plusDays(7)); d = d.plusDays(1)) {
                quiet &= isWeekend(d) || !closed(d);
            }
            if (quiet) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    /** Whether the demo offices are closed that day: a weekend, a federal rest day or a published closure. */
    static boolean closed(LocalDate day) {
        return isWeekend(day) || FederalRestDays.on(day).isPresent() || DemoClosures.ALL.stream()
                .anyMatch(c -> !day.isBefore(c[0]) && !day.isAfter(c[1]));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The closures the demo catalogue publishes for every office ({@code /demo/closures.tsv}). */
    private static final class DemoClosures {

        static final List<LocalDate[]> ALL = read();

        private static List<LocalDate[]> read() {
            try (InputStream in = FakedTime.class.getResourceAsStream("/demo/closures.tsv")) {
                assertThat(in).as("/demo/closures.tsv on the test class path").isNotNull();
                List<LocalDate[]> closures = new ArrayList<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                        .forEach(f -> closures.add(new LocalDate[] {LocalDate.parse(f[0]), LocalDate.parse(f[1])}));
                return closures;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
