package mx.gob.inm.citas.adapters.web.metrics;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;

/** Metrics that report fixed figures, as a registry's would after some requests: only read, never updated. */
final class FixedMetrics {

    private FixedMetrics() {
    }

    /** Figures as a MicroProfile timer keeps them: nanoseconds. */
    static Timer timer(long count, long elapsedNanos, double maxNanos, double... quantileNanoPairs) {
        Snapshot snapshot = snapshot(maxNanos, quantileNanoPairs);
        return new Timer() {
            @Override
            public long getCount() {
                return count;
            }

            @Override
            public Duration getElapsedTime() {
                return Duration.ofNanos(elapsedNanos);
            }

            @Override
            public Snapshot getSnapshot() {
                return snapshot;
            }

            @Override
            public void update(Duration duration) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T time(Callable<T> event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void time(Runnable event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Context time() {
                throw new UnsupportedOperationException();
            }
        };
    }

    static Histogram histogram(long count, long sum, double max, double... quantileValuePairs) {
        Snapshot snapshot = snapshot(max, quantileValuePairs);
        return new Histogram() {
            @Override
            public long getCount() {
                return count;
            }

            @Override
            public long getSum() {
                return sum;
            }

            @Override
            public Snapshot getSnapshot() {
                return snapshot;
            }

            @Override
            public void update(int value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(long value) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static Counter counter(long count) {
        return new Counter() {
            @Override
            public long getCount() {
                return count;
            }

            @Override
            public void inc() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void inc(long n) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Snapshot snapshot(double max, double... pairs) {
        Snapshot.PercentileValue[] percentiles = new Snapshot.PercentileValue[pairs.length / 2];
        for (int i = 0; i < percentiles.length; i++) {
            percentiles[i] = new Snapshot.PercentileValue(pairs[2 * i], pairs[2 * i + 1]);
        }
        return new Snapshot() {
            @Override
            public long size() {
                return percentiles.length;
            }

            @Override
            public double getMax() {
                return max;
            }

            @Override
            public double getMean() {
                throw new UnsupportedOperationException("not part of the Prometheus text");
            }

            @Override
            public PercentileValue[] percentileValues() {
                return percentiles.clone();
            }

            @Override
            public HistogramBucket[] bucketValues() {
                return new HistogramBucket[0];
            }

            @Override
            public void dump(OutputStream output) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
