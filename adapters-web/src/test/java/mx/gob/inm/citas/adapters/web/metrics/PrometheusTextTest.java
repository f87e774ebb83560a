package mx.gob.inm.citas.adapters.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus text of MicroProfile metrics: what a scraper reads, in base units (a ~15 ms request is 0.015
 * seconds, not 1.5E7), one type per family, and never spoiled by one metric that cannot be read.
 */
class PrometheusTextTest {

    private final Map<MetricID, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Metadata> metadata = new LinkedHashMap<>();

    private void register(String name, String unit, String description, Metric metric, Tag... tags) {
        metrics.put(new MetricID(name, tags), metric);
        var builder = Metadata.builder().withName(name);
        if (unit != null) {
            builder.withUnit(unit);
        }
        if (description != null) {
            builder.withDescription(description);
        }
        metadata.put(name, builder.build());
    }

    private String text(String scope) {
        return new PrometheusText().add(scope, metrics, metadata).text();
    }

    @Test
    void a_timer_is_written_in_seconds_under_a_name_that_says_seconds() {
        register("citas.availability", MetricUnits.NANOSECONDS, "Time to answer", FixedMetrics.timer(5, 147_982_043,
                101_054_440, 0.5, 14_598_655, 0.999, 101_054_440));

        assertThat(text("application")).isEqualTo("""
                # HELP citas_availability_seconds_max Time to answer
                # TYPE citas_availability_seconds_max gauge
                citas_availability_seconds_max{mp_scope="application"} 0.10105444
                # HELP citas_availability_seconds Time to answer
                # TYPE citas_availability_seconds summary
                citas_availability_seconds{mp_scope="application",quantile="0.5"} 0.014598655
                citas_availability_seconds{mp_scope="application",quantile="0.999"} 0.10105444
                citas_availability_seconds_count{mp_scope="application"} 5
                citas_availability_seconds_sum{mp_scope="application"} 0.147982043
                """);
    }

    @Test
    void a_timer_holds_nanoseconds_whatever_unit_it_declares() {
        register("slow", MetricUnits.MILLISECONDS, null, FixedMetrics.timer(1, 2_500_000_000L, 2_500_000_000d, 0.5,
                2_500_000_000d));

        assertThat(text("application")).contains("slow_seconds{mp_scope=\"application\",quantile=\"0.5\"} 2.5\n",
                "slow_seconds_sum{mp_scope=\"application\"} 2.5\n", "slow_seconds_max{mp_scope=\"application\"} 2.5\n");
    }

    @Test
    void counters_gauges_and_histograms_are_scaled_to_seconds_and_bytes_and_say_so_in_the_name() {
        register("gc.time", MetricUnits.MILLISECONDS, null, FixedMetrics.counter(917), new Tag("name", "Copy"));
        register("requests.total", null, null, FixedMetrics.counter(12));
        register("cache.size", MetricUnits.KILOBYTES, null, (Gauge<Long>) () -> 2L);
        register("cpu.share", MetricUnits.PERCENT, null, (Gauge<Double>) () -> 0.25);
        register("threads", MetricUnits.NONE, null, (Gauge<Integer>) () -> 16);
        register("wait", MetricUnits.MILLISECONDS, null, FixedMetrics.histogram(4, 1_000, 400, 0.5, 250));

        String text = text("base");

        assertThat(text).contains("# TYPE gc_time_seconds_total counter\n",
                "gc_time_seconds_total{mp_scope=\"base\",name=\"Copy\"} 0.917\n",
                "# TYPE requests_total counter\nrequests_total{mp_scope=\"base\"} 12\n",
                "# TYPE cache_size_bytes gauge\ncache_size_bytes{mp_scope=\"base\"} 2000\n",
                "cpu_share_percent{mp_scope=\"base\"} 0.25\n", "threads{mp_scope=\"base\"} 16\n",
                "# TYPE wait_seconds summary\n", "wait_seconds{mp_scope=\"base\",quantile=\"0.5\"} 0.25\n",
                "wait_seconds_count{mp_scope=\"base\"} 4\n", "wait_seconds_sum{mp_scope=\"base\"} 1\n",
                "wait_seconds_max{mp_scope=\"base\"} 0.4\n");
    }

    @Test
    void one_family_has_one_type_line_and_a_sample_per_tag_set() {
        metrics.put(new MetricID("gc.total", new Tag("name", "Copy")), FixedMetrics.counter(20));
        metrics.put(new MetricID("gc.total", new Tag("name", "MarkSweepCompact")), FixedMetrics.counter(4));

        String text = text("base");

        assertThat(text).isEqualTo("""
                # TYPE gc_total counter
                gc_total{mp_scope="base",name="Copy"} 20
                gc_total{mp_scope="base",name="MarkSweepCompact"} 4
                """);
    }

    @Test
    void samples_of_several_scopes_of_one_family_stay_together() {
        String text = new PrometheusText()
                .gauge("base", "pool.size", null, null, Map.of(), 1)
                .gauge("base", "other", null, null, Map.of(), 2)
                .gauge("application", "pool.size", null, null, Map.of(), 3).text();

        assertThat(text).isEqualTo("""
                # TYPE pool_size gauge
                pool_size{mp_scope="base"} 1
                pool_size{mp_scope="application"} 3
                # TYPE other gauge
                other{mp_scope="base"} 2
                """);
    }

    @Test
    void a_metric_whose_name_another_type_holds_is_left_out() {
        metrics.put(new MetricID("holds"), FixedMetrics.counter(3));
        metrics.put(new MetricID("holds.total"), (Gauge<Integer>) () -> 9);

        assertThat(text("application")).isEqualTo("""
                # TYPE holds_total counter
                holds_total{mp_scope="application"} 3
                """);
    }

    @Test
    void a_gauge_that_cannot_be_read_is_left_out_and_the_rest_is_written() {
        register("broken", null, null, (Gauge<Integer>) () -> {
            throw new IllegalStateException("the MBean went away");
        });
        register("fine", null, null, (Gauge<Integer>) () -> 1);
        register("empty", null, null, (Gauge<Integer>) () -> null);

        assertThat(text("vendor")).isEqualTo("""
                # TYPE fine gauge
                fine{mp_scope="vendor"} 1
                """);
    }

    @Test
    void help_and_label_values_are_escaped_and_names_are_made_legal() {
        register("9 lives..left-over", null, "first line\nsecond \\ \"quoted\"", FixedMetrics.counter(1),
                new Tag("path", "C:\\x \"y\"\nz"), new Tag("mp_scope", "spoofed"));

        assertThat(text("application")).isEqualTo("""
                # HELP _9_lives_left_over_total first line\\nsecond \\\\ "quoted"
                # TYPE _9_lives_left_over_total counter
                _9_lives_left_over_total{mp_scope="application",path="C:\\\\x \\"y\\"\\nz"} 1
                """);
    }

    @Test
    void numbers_are_written_as_prometheus_reads_them() {
        assertThat(PrometheusText.number(5)).isEqualTo("5");
        assertThat(PrometheusText.number(0.0)).isEqualTo("0");
        assertThat(PrometheusText.number(-1)).isEqualTo("-1");
        assertThat(PrometheusText.number(0.014598655)).isEqualTo("0.014598655");
        assertThat(PrometheusText.number(3.83320064E18)).isEqualTo("3.83320064E18");
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    @Test
    void the_jvm_base_metrics_are_named_and_scaled_like_microprofiles() {
        PrometheusText text = new PrometheusText();
        JvmMetrics.addTo(text);

        assertThat(text.text()).contains("# TYPE memory_usedHeap_bytes gauge\n", "# TYPE jvm_uptime_seconds gauge\n",
                "# TYPE thread_count gauge\n", "# TYPE gc_total counter\n", "# TYPE gc_time_seconds_total counter\n",
                "# TYPE classloader_loadedClasses_total counter\n", "cpu_availableProcessors{mp_scope=\"base\"} "
                        + Runtime.getRuntime().availableProcessors() + "\n")
                .containsPattern("jvm_uptime_seconds\\{mp_scope=\"base\"\\} [0-9]+(\\.[0-9]+)?\n")
                .doesNotContain("_total_total");
    }
}
