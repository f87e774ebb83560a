package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fake of an event stream's {@link SseEventSink}: keeps what was sent; closed by the server or, once the client
 * has left ({@link #clientLeft}), by the first send that fails, as Jersey's sink does.
 */
public final class FakeSink implements SseEventSink {

    public final List<FakeSse.Event> sent = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile boolean clientLeft;

    /** The client went away: the stream does not know until it writes. */
    public void clientLeft() {
        clientLeft = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
        if (closed) {
            throw new IllegalStateException("The stream is closed");
        }
        if (clientLeft) {
            return CompletableFuture.failedFuture(new IOException("Broken pipe"));
        }
        sent.add((FakeSse.Event) event);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The events with data (not the heartbeats). */
    public List<FakeSse.Event> boards() {
        return sent.stream().filter(e -> !e.isComment()).toList();
    }

    public List<FakeSse.Event> heartbeats() {
        return sent.stream().filter(FakeSse.Event::isComment).toList();
    }
}
