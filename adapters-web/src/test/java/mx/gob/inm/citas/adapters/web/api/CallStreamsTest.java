package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.adapters.web.fakes.FakeSink;
import mx.gob.inm.citas.adapters.web.fakes.FakeSse;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.Test;

/** One scheduler per instance: started by the first display, shared by all, stopped with the application. */
class CallStreamsTest {

    private record Scheduled(Runnable task, long delay, long period, TimeUnit unit) {
    }

    private final List<Scheduled> scheduled = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Office cdmx = DomainFixtures.cdmx();
    private final Office tijuana = DomainFixtures.tijuana();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(cdmx).with(tijuana);
    private final CallStreams streams = new CallStreams();
    private final AtomicLong nanos = new AtomicLong();

    CallStreamsTest() {
        streams.follow = follow;
        streams.perOffice = 20;
        streams.perClient = 6;
        streams.total = 500;
        streams.nanos = nanos::get;
        ScheduledFuture<?> future = (ScheduledFuture<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScheduledFuture.class}, (proxy, method, args) -> {
                    if (method.getName().equals("cancel")) {
                        cancelled.set(true);
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        streams.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("scheduleWithFixedDelay")) {
                        scheduled.add(new Scheduled((Runnable) args[0], (long) args[1], (long) args[2],
                                (TimeUnit) args[3]));
                        return future;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void nothing_is_scheduled_until_a_display_listens_then_one_round_every_half_second_serves_every_office() {
        assertThat(scheduled).isEmpty();

        FakeSink first = join(cdmx);
        join(cdmx);
        FakeSink other = join(tijuana);

        assertThat(scheduled).hasSize(1);
        assertThat(scheduled.get(0).delay()).isEqualTo(500);
        assertThat(scheduled.get(0).period()).isEqualTo(500);
        assertThat(scheduled.get(0).unit()).isEqualTo(TimeUnit.MILLISECONDS);

        follow.call(cdmx, "A-001", 1, Instant.parse("2026-12-01T16:00:00Z"), false);
        follow.call(tijuana, "B-001", 2, Instant.parse("2026-12-01T16:00:00Z"), false);
        scheduled.get(0).task().run();
        assertThat(first.boards()).hasSize(2);
        assertThat(other.boards()).hasSize(2);
    }

    @Test
    void a_round_that_fails_unexpectedly_throws_nothing_so_the_schedule_goes_on() {
        // an event builder that works for the board sent on joining, then breaks: the heartbeat is built outside
        // the guard of each office's round
        FakeSse working = new FakeSse();
        AtomicBoolean broken = new AtomicBoolean();
        AtomicInteger refusals = new AtomicInteger();
        Sse breaking = new Sse() {
            @Override
            public OutboundSseEvent.Builder newEventBuilder() {
                if (broken.get()) {
                    refusals.incrementAndGet();
                    throw new IllegalStateException("broken runtime");
                }
                return working.newEventBuilder();
            }

            @Override
            public SseBroadcaster newBroadcaster() {
                return working.newBroadcaster();
            }
        };
        streams.join(follow.board("cdmx-ciudad-de-mexico", CallBoardJson.CALLS), "10.0.0.1", new FakeSink(), breaking);
        broken.set(true);
        nanos.addAndGet(CallListeners.HEARTBEAT.toNanos());

        // a scheduled task that throws is never run again
        assertThatCode(() -> scheduled.get(0).task().run()).doesNotThrowAnyException();
        assertThat(refusals).as("the round did fail").hasPositiveValue();
    }

    @Test
    void stopping_the_application_cancels_the_rounds_and_closes_every_stream() {
        FakeSink sink = join(cdmx);

        streams.stop();

        assertThat(cancelled).isTrue();
        assertThat(sink.isClosed()).isTrue();
    }

    private FakeSink join(Office office) {
        FakeSink sink = new FakeSink();
        streams.join(follow.board(office.id().value(), CallBoardJson.CALLS), "10.0.0.1", sink, new FakeSse());
        return sink;
    }
}
