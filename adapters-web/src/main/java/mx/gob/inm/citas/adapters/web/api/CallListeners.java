package mx.gob.inm.citas.adapters.web.api;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;

/**
 * The call displays listening to this instance's event streams, office by office, and what each is sent. A display
 * gets the board when it joins; then {@link #tick()}, run about every {@value #TICK_MILLIS} ms by one scheduler,
 * reads only the position of the visit log of each office that has listeners, and reads and sends the board when it
 * moved on (or every {@link #RESYNC}, since the day's calls end at the office's midnight without a step). The store
 * is shared by every instance, so a call made on any of them reaches every display. A comment every
 * {@link #HEARTBEAT} keeps proxies from closing a quiet stream and finds the clients that left: a send that fails
 * closes its stream, and closed streams are dropped. How many streams an office, a client and the instance may hold
 * is bounded; a display refused a stream falls back to polling.
 */
final class CallListeners {

    private static final Logger LOG = Logger.getLogger(CallListeners.class.getName());

    static final long TICK_MILLIS = 500;
    /** The {@code retry:} hint of every event: a display reconnects after this many milliseconds. */
    static final long RETRY_MILLIS = 3000;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration RESYNC = Duration.ofSeconds(60);
    /** When a refused display may ask for a stream again (it polls meanwhile). */
    static final Duration COME_BACK = Duration.ofSeconds(60);
    private static final Duration QUIET_LOG = Duration.ofMinutes(1);

    /** The most streams one office, one client address and the whole instance may hold at once. */
    record Limits(int perOffice, int perClient, int total) {

        Limits {
            if (perOffice < 1 || perClient < 1 || total < 1) {
                throw new IllegalArgumentException("Each limit of the display streams is at least 1");
            }
        }
    }

    private record Listener(SseEventSink sink, Sse sse, String client) {
    }

    /** An office with listeners: the position of its log and when its board was last sent. */
    private static final class Listened {

        final String office;
        final List<Listener> listeners = new CopyOnWriteArrayList<>();
        volatile long position;
        volatile long sentAt;

        Listened(String office, long position, long sentAt) {
            this.office = office;
            this.position = position;
            this.sentAt = sentAt;
        }
    }

    private final FollowQueueUseCase follow;
    private final Limits limits;
    private final LongSupplier nanos;
    /** Guarded by {@code this}; the listeners of each office are read without it. */
    private final Map<String, Listened> offices = new HashMap<>();
    private volatile long heartbeatAt;
    private volatile long loggedAt;

    /** With the time that spaces heartbeats and resyncs ({@code System::nanoTime}; tests pass one they move). */
    CallListeners(FollowQueueUseCase follow, Limits limits, LongSupplier nanos) {
        this.follow = follow;
        this.limits = limits;
        this.nanos = nanos;
        this.heartbeatAt = nanos.getAsLong();
        this.loggedAt = heartbeatAt - QUIET_LOG.toNanos();
    }

    /**
     * {@code sink} of {@code client} listens to the office of {@code board}, which it is sent at once.
     *
     * @throws TooManyRequestsException when the office, the client or the instance holds as many streams as allowed
     */
    void join(CallBoard board, String client, SseEventSink sink, Sse sse) {
        String office = board.office().id().value();
        Listener listener = new Listener(sink, sse, client);
        synchronized (this) {
            // clients that left are not counted against the limits
            dropClosed();
            refuseBeyondLimits(office, client);
            offices.computeIfAbsent(office, id -> new Listened(id, board.position(), nanos.getAsLong()))
                    .listeners.add(listener);
        }
        send(listener, board(sse, CallBoardJson.of(board)));
    }

    private void refuseBeyondLimits(String office, String client) {
        int total = 0;
        int ofClient = 0;
        for (Listened listened : offices.values()) {
            total += listened.listeners.size();
            ofClient += (int) listened.listeners.stream().filter(l -> l.client().equals(client)).count();
        }
        Listened here = offices.get(office);
        if (here != null && here.listeners.size() >= limits.perOffice()) {
            throw new TooManyRequestsException("display-streams-per-office", COME_BACK);
        }
        if (ofClient >= limits.perClient()) {
            throw new TooManyRequestsException("display-streams-per-client", COME_BACK);
        }
        if (total >= limits.total()) {
            throw new TooManyRequestsException("display-streams", COME_BACK);
        }
    }

    /** One round: the boards that moved on are sent to their listeners, and a heartbeat when one is due. */
    void tick() {
        long now = nanos.getAsLong();
        for (Listened listened : listened()) {
            try {
                long position = follow.boardPosition(listened.office);
                if (position != listened.position || now - listened.sentAt >= RESYNC.toNanos()) {
                    CallBoard board = follow.board(listened.office, CallBoardJson.CALLS);
                    listened.position = board.position();
                    listened.sentAt = now;
                    CallBoardJson json = CallBoardJson.of(board);
                    listened.listeners.forEach(l -> send(l, board(l.sse(), json)));
                }
            } catch (OfficeNotFoundException closed) {
                // the office was taken out of service: its displays are told by the 404 when they come back
                listened.listeners.forEach(l -> close(l.sink()));
            } catch (RuntimeException failed) {
                // the store is down or busy: the displays keep what they show and the next round tries again
                boolean quiet = now - loggedAt < QUIET_LOG.toNanos();
                if (!quiet) {
                    loggedAt = now;
                }
                LOG.log(quiet ? Level.FINE : Level.WARNING, "Call display of " + listened.office + " not read now",
                        failed);
            }
        }
        if (now - heartbeatAt >= HEARTBEAT.toNanos()) {
            heartbeatAt = now;
            for (Listened listened : listened()) {
                listened.listeners.forEach(l -> send(l, l.sse().newEventBuilder().comment("heartbeat").build()));
            }
        }
    }

    /** How many open streams listen to {@code office} here (closed ones are dropped first). */
    synchronized int listening(String office) {
        dropClosed();
        Listened listened = offices.get(office);
        return listened == null ? 0 : listened.listeners.size();
    }

    /** The offices that have listeners, once the closed streams and the offices left without any are dropped. */
    private synchronized List<Listened> listened() {
        dropClosed();
        return new ArrayList<>(offices.values());
    }

    /** Closes every stream (the application stops). */
    synchronized void closeAll() {
        offices.values().forEach(o -> o.listeners.forEach(l -> close(l.sink())));
        offices.clear();
    }

    private void dropClosed() {
        offices.values().forEach(o -> o.listeners.removeIf(l -> l.sink().isClosed()));
        offices.values().removeIf(o -> o.listeners.isEmpty());
    }

    private static OutboundSseEvent board(Sse sse, CallBoardJson json) {
        return sse.newEventBuilder().name("board").id(Long.toString(json.position())).reconnectDelay(RETRY_MILLIS)
                .data(String.class, json.toJson()).build();
    }

    /** Sends without waiting; a stream whose send fails (the client left) is closed and dropped next round. */
    private static void send(Listener listener, OutboundSseEvent event) {
        try {
            listener.sink().send(event).whenComplete((sent, failed) -> {
                if (failed != null) {
                    close(listener.sink());
                }
            });
        } catch (RuntimeException closedMeanwhile) {
            close(listener.sink());
        }
    }

    private static void close(SseEventSink sink) {
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            LOG.log(Level.FINEST, "A display stream was already closed", alreadyGone);
        }
    }
}
