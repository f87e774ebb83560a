package mx.gob.inm.citas.adapters.web.api;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adapter: this instance's event streams of the call displays ({@link CallListeners}), with the one scheduler that
 * looks for new calls, started by the first display that listens. The limits are settings:
 * {@code citas.display.streams-per-office}, {@code citas.display.streams-per-client} and
 * {@code citas.display.streams}.
 */
@ApplicationScoped
public class CallStreams {

    private static final Logger LOG = Logger.getLogger(CallStreams.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    FollowQueueUseCase follow;

    @Inject
    @ConfigProperty(name = "citas.display.streams-per-office", defaultValue = "20")
    int perOffice;

    @Inject
    @ConfigProperty(name = "citas.display.streams-per-client", defaultValue = "6")
    int perClient;

    @Inject
    @ConfigProperty(name = "citas.display.streams", defaultValue = "500")
    int total;

    /** The time that spaces heartbeats and resyncs (tests move their own). */
    LongSupplier nanos = System::nanoTime;

    private CallListeners listeners;
    private ScheduledFuture<?> ticking;

    /** {@code sink} listens to the office of {@code board} (sent at once); refused beyond the limits (429). */
    public void join(CallBoard board, String client, SseEventSink sink, Sse sse) {
        listeners().join(board, client, sink, sse);
        startTicking();
    }

    private synchronized CallListeners listeners() {
        if (listeners == null) {
            listeners = new CallListeners(follow, new CallListeners.Limits(perOffice, perClient, total),
                    nanos);
        }
        return listeners;
    }

    private synchronized void startTicking() {
        if (ticking == null) {
            CallListeners running = listeners;
            ticking = scheduler.scheduleWithFixedDelay(() -> {
                try {
                    running.tick();
                } catch (RuntimeException unexpected) {
                    // a task that throws is never run again: the displays would freeze
                    LOG.log(Level.WARNING, "A round of the call displays failed", unexpected);
                }
            }, CallListeners.TICK_MILLIS, CallListeners.TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (listeners != null) {
            listeners.closeAll();
        }
    }
}
