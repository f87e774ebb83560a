package mx.gob.inm.citas.adapters.web.metrics;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The JVM's own figures under the names and units of MicroProfile's base metrics ({@code memory.usedHeap},
 * {@code gc.time}, {@code thread.count}, …), read from the platform's management beans at each scrape. Payara keeps
 * its base registry in a context of its own that an application's {@code @RegistryScope(scope = "base")} does not
 * reach (that injection gives an empty registry of the application's), so they are read here.
 */
final class JvmMetrics {

    private static final String BASE = MetricRegistry.BASE_SCOPE;
    private static final Map<String, String> NO_TAGS = Map.of();

    private JvmMetrics() {
    }

    static void addTo(PrometheusText text) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        text.gauge(BASE, "memory.usedHeap", MetricUnits.BYTES, "Heap memory in use", NO_TAGS, heap.getUsed());
        text.gauge(BASE, "memory.committedHeap", MetricUnits.BYTES, "Heap memory the JVM holds from the system",
                NO_TAGS, heap.getCommitted());
        if (heap.getMax() >= 0) {
            text.gauge(BASE, "memory.maxHeap", MetricUnits.BYTES, "The most heap memory the JVM may hold", NO_TAGS,
                    heap.getMax());
        }
        text.gauge(BASE, "memory.usedNonHeap", MetricUnits.BYTES, "Memory in use outside the heap (classes, code)",
                NO_TAGS, nonHeap.getUsed());
        text.gauge(BASE, "memory.committedNonHeap", MetricUnits.BYTES, "Memory outside the heap the JVM holds",
                NO_TAGS, nonHeap.getCommitted());
        text.gauge(BASE, "jvm.uptime", MetricUnits.MILLISECONDS, "Time since the JVM started", NO_TAGS,
                ManagementFactory.getRuntimeMXBean().getUptime());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        text.gauge(BASE, "thread.count", null, "Live threads", NO_TAGS, threads.getThreadCount());
        text.gauge(BASE, "thread.daemon.count", null, "Live daemon threads", NO_TAGS, threads.getDaemonThreadCount());
        text.gauge(BASE, "thread.max.count", null, "The most live threads since the JVM started", NO_TAGS,
                threads.getPeakThreadCount());

        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        text.gauge(BASE, "classloader.loadedClasses.count", null, "Classes loaded now", NO_TAGS,
                classes.getLoadedClassCount());
        text.counter(BASE, "classloader.loadedClasses.total", null, "Classes loaded since the JVM started", NO_TAGS,
                classes.getTotalLoadedClassCount());
        text.counter(BASE, "classloader.unloadedClasses.total", null, "Classes unloaded since the JVM started",
                NO_TAGS, classes.getUnloadedClassCount());

        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        text.gauge(BASE, "cpu.availableProcessors", null, "Processors available to the JVM", NO_TAGS,
                system.getAvailableProcessors());
        if (system.getSystemLoadAverage() >= 0) {
            text.gauge(BASE, "cpu.systemLoadAverage", null, "The system's load average over the last minute",
                    NO_TAGS, system.getSystemLoadAverage());
        }
        if (system instanceof com.sun.management.OperatingSystemMXBean process) {
            if (process.getProcessCpuLoad() >= 0) {
                text.gauge(BASE, "cpu.processCpuLoad", null, "Recent CPU use of the JVM, 0 to 1 of the whole machine",
                        NO_TAGS, process.getProcessCpuLoad());
            }
            text.gauge(BASE, "cpu.processCpuTime", MetricUnits.NANOSECONDS, "CPU time the JVM has used", NO_TAGS,
                    process.getProcessCpuTime());
        }

        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            Map<String, String> name = Map.of("name", collector.getName());
            if (collector.getCollectionCount() >= 0) {
                text.counter(BASE, "gc.total", null, "Collections by this garbage collector", name,
                        collector.getCollectionCount());
            }
            if (collector.getCollectionTime() >= 0) {
                text.counter(BASE, "gc.time", MetricUnits.MILLISECONDS, "Time spent in this garbage collector", name,
                        collector.getCollectionTime());
            }
        }
    }
}
