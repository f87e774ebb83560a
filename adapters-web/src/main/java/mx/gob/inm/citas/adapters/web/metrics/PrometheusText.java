package mx.gob.inm.citas.adapters.web.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;

/**
 * MicroProfile metrics in the Prometheus text format (version 0.0.4), in the base units Prometheus names: durations
 * in seconds, sizes in bytes, with the unit at the end of the name. A timer holds nanoseconds whatever unit it
 * declares (the MicroProfile timer does), and is written in seconds: a summary {@code <name>_seconds} with its
 * quantiles, {@code _count} and {@code _sum}, and a gauge {@code <name>_seconds_max}. A histogram is the same in its
 * own unit, a counter is {@code <name>_total}. Every sample carries its scope as the label {@code mp_scope} and the
 * metric's tags as labels. A family name has one type: a metric whose name another type already holds is left out,
 * as is a metric that cannot be read (a gauge that throws), so one bad metric never spoils the rest.
 */
final class PrometheusText {

    private static final Logger LOG = Logger.getLogger(PrometheusText.class.getName());

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private record Family(String name, String type, String help, List<Sample> samples) {
    }

    /** One sample of a metric being read, with the family it belongs to. */
    private record Staged(String family, String type, String help, Sample sample) {
    }

    /**
     * A unit as Prometheus writes it: the name's suffix (empty for none), and how a value in the declared unit becomes
     * one in the base unit (times {@code times}, divided by {@code per}: dividing nanoseconds by 1e9 gives 31.04 where
     * multiplying by 1e-9 gives 31.040000000000003).
     */
    record BaseUnit(String suffix, double times, double per) {

        static final BaseUnit NANOSECONDS = new BaseUnit("seconds", 1, 1e9);

        double of(double value) {
            return value * times / per;
        }

        static BaseUnit of(String unit) {
            if (unit == null || unit.isBlank() || unit.equals(MetricUnits.NONE)) {
                return new BaseUnit("", 1, 1);
            }
            return switch (unit) {
                case MetricUnits.NANOSECONDS -> NANOSECONDS;
                case MetricUnits.MICROSECONDS -> new BaseUnit("seconds", 1, 1e6);
                case MetricUnits.MILLISECONDS -> new BaseUnit("seconds", 1, 1e3);
                case MetricUnits.SECONDS -> new BaseUnit("seconds", 1, 1);
                case MetricUnits.MINUTES -> new BaseUnit("seconds", 60, 1);
                case MetricUnits.HOURS -> new BaseUnit("seconds", 3_600, 1);
                case MetricUnits.DAYS -> new BaseUnit("seconds", 86_400, 1);
                case MetricUnits.BITS -> new BaseUnit("bytes", 1, 8);
                case MetricUnits.KILOBITS -> new BaseUnit("bytes", 1e3, 8);
                case MetricUnits.MEGABITS -> new BaseUnit("bytes", 1e6, 8);
                case MetricUnits.GIGABITS -> new BaseUnit("bytes", 1e9, 8);
                case MetricUnits.KIBIBITS -> new BaseUnit("bytes", 1024, 8);
                case MetricUnits.MEBIBITS -> new BaseUnit("bytes", 1024.0 * 1024, 8);
                case MetricUnits.GIBIBITS -> new BaseUnit("bytes", 1024.0 * 1024 * 1024, 8);
                case MetricUnits.BYTES -> new BaseUnit("bytes", 1, 1);
                case MetricUnits.KILOBYTES -> new BaseUnit("bytes", 1e3, 1);
                case MetricUnits.MEGABYTES -> new BaseUnit("bytes", 1e6, 1);
                case MetricUnits.GIGABYTES -> new BaseUnit("bytes", 1e9, 1);
                default -> new BaseUnit(name(unit), 1, 1);
            };
        }
    }

    private final Map<String, Family> families = new LinkedHashMap<>();

    /** Adds the metrics of one registry ({@code scope}: base, vendor or application) with their metadata by name. */
    PrometheusText add(String scope, Map<MetricID, ? extends Metric> metrics, Map<String, Metadata> metadata) {
        for (Map.Entry<MetricID, ? extends Metric> entry : new TreeMap<>(metrics).entrySet()) {
            MetricID id = entry.getKey();
            try {
                commit(read(scope, id, entry.getValue(), metadata.get(id.getName())));
            } catch (RuntimeException unreadable) {
                LOG.log(Level.FINE, "metric " + id + " left out: it could not be read", unreadable);
            }
        }
        return this;
    }

    /** The text Prometheus scrapes. */
    String text() {
        StringBuilder out = new StringBuilder(8 * 1024);
        for (Family family : families.values()) {
            if (family.help() != null) {
                out.append("# HELP ").append(family.name()).append(' ').append(escape(family.help(), false))
                        .append('\n');
            }
            out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
            for (Sample sample : family.samples()) {
                out.append(sample.name());
                if (!sample.labels().isEmpty()) {
                    out.append('{');
                    String separator = "";
                    for (Map.Entry<String, String> label : sample.labels().entrySet()) {
                        out.append(separator).append(label.getKey()).append("=\"")
                                .append(escape(label.getValue(), true)).append('"');
                        separator = ",";
                    }
                    out.append('}');
                }
                out.append(' ').append(number(sample.value())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Adds a gauge that no registry holds, named as MicroProfile names metrics ({@code memory.usedHeap}), with its
     * value in {@code unit} (a {@link MetricUnits} name, null for none).
     */
    PrometheusText gauge(String scope, String name, String unit, String help, Map<String, String> tags,
            double value) {
        commit(List.of(gaugeSample(scope, name, unit, help, tags, value)));
        return this;
    }

    /** Adds a counter that no registry holds; see {@link #gauge}. */
    PrometheusText counter(String scope, String name, String unit, String help, Map<String, String> tags,
            double value) {
        commit(List.of(counterSample(scope, name, unit, help, tags, value)));
        return this;
    }

    private static Staged gaugeSample(String scope, String metric, String unit, String help, Map<String, String> tags,
            double value) {
        BaseUnit base = BaseUnit.of(unit);
        String name = withSuffix(name(metric), base.suffix());
        return new Staged(name, "gauge", help, new Sample(name, labels(scope, tags), base.of(value)));
    }

    private static Staged counterSample(String scope, String metric, String unit, String help, Map<String, String> tags,
            double value) {
        BaseUnit base = BaseUnit.of(unit);
        String name = withSuffix(withSuffix(name(metric), base.suffix()), "total");
        return new Staged(name, "counter", help, new Sample(name, labels(scope, tags), base.of(value)));
    }

    private static List<Staged> read(String scope, MetricID id, Metric metric, Metadata metadata) {
        String help = metadata == null ? null : metadata.description().filter(d -> !d.isBlank()).orElse(null);
        String declared = metadata == null ? null : metadata.unit().orElse(null);
        Map<String, String> labels = labels(scope, id.getTags());
        String base = name(id.getName());
        List<Staged> staged = new ArrayList<>();
        if (metric instanceof Timer timer) {
            // nanoseconds, whatever the declared unit says
            summary(staged, withSuffix(base, "seconds"), help, labels, timer.getSnapshot(), BaseUnit.NANOSECONDS,
                    timer.getCount(), timer.getElapsedTime().toNanos());
        } else if (metric instanceof Histogram histogram) {
            BaseUnit unit = BaseUnit.of(declared);
            summary(staged, withSuffix(base, unit.suffix()), help, labels, histogram.getSnapshot(), unit,
                    histogram.getCount(), histogram.getSum());
        } else if (metric instanceof Counter counter) {
            staged.add(counterSample(scope, id.getName(), declared, help, id.getTags(), counter.getCount()));
        } else if (metric instanceof Gauge<?> gauge) {
            Number value = gauge.getValue();
            if (value != null) {
                staged.add(gaugeSample(scope, id.getName(), declared, help, id.getTags(), value.doubleValue()));
            }
        }
        return staged;
    }

    private static void summary(List<Staged> staged, String name, String help, Map<String, String> labels,
            Snapshot snapshot, BaseUnit unit, long count, double sum) {
        staged.add(new Staged(name + "_max", "gauge", help, new Sample(name + "_max", labels,
                unit.of(snapshot.getMax()))));
        for (Snapshot.PercentileValue percentile : snapshot.percentileValues()) {
            Map<String, String> quantile = new LinkedHashMap<>(labels);
            quantile.put("quantile", Double.toString(percentile.getPercentile()));
            staged.add(new Staged(name, "summary", help, new Sample(name, quantile, unit.of(percentile.getValue()))));
        }
        staged.add(new Staged(name, "summary", help, new Sample(name + "_count", labels, count)));
        staged.add(new Staged(name, "summary", help, new Sample(name + "_sum", labels, unit.of(sum))));
    }

    /** All of one metric's samples, or none of them when one of its names is another type's already. */
    private void commit(List<Staged> staged) {
        for (Staged s : staged) {
            Family family = families.get(s.family());
            if (family != null && !family.type().equals(s.type())) {
                LOG.fine(() -> "metric " + s.sample().name() + " left out: " + s.family() + " is a " + family.type());
                return;
            }
        }
        for (Staged s : staged) {
            families.computeIfAbsent(s.family(), name -> new Family(name, s.type(), s.help(), new ArrayList<>()))
                    .samples().add(s.sample());
        }
    }

    private static Map<String, String> labels(String scope, Map<String, String> tags) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("mp_scope", scope);
        new TreeMap<>(tags).forEach((tag, value) -> {
            if (!tag.equals("mp_scope")) {
                labels.put(name(tag), value);
            }
        });
        return labels;
    }

    /** A metric or label name: letters, digits and single underscores, not starting with a digit. */
    static String name(String written) {
        String name = written.replaceAll("[^a-zA-Z0-9_]", "_").replaceAll("_{2,}", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String withSuffix(String name, String suffix) {
        return suffix.isEmpty() || name.endsWith("_" + suffix) ? name : name + "_" + suffix;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String escape(String text, boolean quoted) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '"' -> escaped.append(quoted ? "\\\"" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
