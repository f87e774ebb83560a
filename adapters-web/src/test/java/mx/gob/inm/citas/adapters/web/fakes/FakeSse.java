package mx.gob.inm.citas.adapters.web.fakes;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import java.lang.reflect.Type;

/** Fake of Jakarta REST's {@link Sse}: builds events a test reads back (no runtime needed). */
public final class FakeSse implements Sse {

    /** An event as built: its name, id, comment, reconnection delay and data. */
    public record Event(String getName, String getId, String getComment, long getReconnectDelay, Class<?> getType,
            Object getData) implements OutboundSseEvent {

        @Override
        public boolean isReconnectDelaySet() {
            return getReconnectDelay != RECONNECT_NOT_SET;
        }

        @Override
        public Type getGenericType() {
            return getType;
        }

        @Override
        public MediaType getMediaType() {
            return null;
        }

        /** Whether this is a comment only (a heartbeat). */
        public boolean isComment() {
            return getComment != null && getData == null;
        }
    }

    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
        return new Builder();
    }

    @Override
    public SseBroadcaster newBroadcaster() {
        throw new UnsupportedOperationException("the call display keeps its own listeners");
    }

    private static final class Builder implements OutboundSseEvent.Builder {

        private String id;
        private String name;
        private String comment;
        private long delay = Event.RECONNECT_NOT_SET;
        private Class<?> type;
        private Object data;

        @Override
        public OutboundSseEvent.Builder id(String id) {
            this.id = id;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
            this.delay = milliseconds;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
            return this;
        }

        @Override
        public OutboundSseEvent.Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Class type, Object data) {
            this.type = type;
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(GenericType type, Object data) {
            this.type = type.getRawType();
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Object data) {
            this.type = data.getClass();
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent build() {
            if (comment == null && data == null) {
                throw new IllegalStateException("An event has data or a comment");
            }
            return new Event(name, id, comment, delay, type, data);
        }
    }
}
