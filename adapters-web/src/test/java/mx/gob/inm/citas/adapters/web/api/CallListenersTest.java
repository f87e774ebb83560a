package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.adapters.web.fakes.FakeSink;
import mx.gob.inm.citas.adapters.web.fakes.FakeSse;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.Test;

/**
 * The call displays' streams of one instance: what each is sent when it joins and when its office's log moves on,
 * that only the position is read while nothing moves, heartbeats, the limits, and that streams whose client left
 * are dropped.
 */
class CallListenersTest {

    private static final Instant AT = Instant.parse("2026-12-01T16:42:05Z");

    private final Office cdmx = DomainFixtures.cdmx();
    private final Office tijuana = DomainFixtures.tijuana();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(cdmx).with(tijuana);
    private final FakeSse sse = new FakeSse();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CallListeners listeners = new CallListeners(follow, new CallListeners.Limits(3, 2, 4), nanos::get);

    @Test
    void a_display_that_joins_gets_the_board_at_once_with_its_position_as_id_and_a_retry_hint() {
        follow.call(cdmx, "A-017", 3, AT, false);
        follow.waiting(cdmx, 12);
        FakeSink sink = join(cdmx, "10.0.0.1");

        assertThat(sink.boards()).hasSize(1);
        FakeSse.Event event = sink.boards().get(0);
        assertThat(event.getName()).isEqualTo("board");
        assertThat(event.getId()).isEqualTo("2");
        assertThat(event.getReconnectDelay()).isEqualTo(CallListeners.RETRY_MILLIS);
        assertThat(event.getType()).isEqualTo(String.class);
        JsonObject board = json(event);
        assertThat(board.getString("officeId")).isEqualTo("cdmx-ciudad-de-mexico");
        assertThat(board.getInt("waiting")).isEqualTo(12);
        assertThat(board.getJsonArray("calls").getJsonObject(0).getString("number")).isEqualTo("A-017");
        assertThat(board.getJsonArray("calls").getJsonObject(0).getInt("window")).isEqualTo(3);
        assertThat(board.getJsonArray("calls").getJsonObject(0).getString("at")).isEqualTo("2026-12-01T10:42:05-06:00");
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isEqualTo(1);
    }

    @Test
    void while_nothing_moves_each_round_reads_only_the_position_and_sends_nothing() {
        FakeSink sink = join(cdmx, "10.0.0.1");
        int boardReads = follow.boardReads.get();

        for (int i = 0; i < 10; i++) {
            tick(Duration.ofMillis(500));
        }

        assertThat(follow.positionReads.get()).isEqualTo(10);
        assertThat(follow.boardReads.get()).isEqualTo(boardReads);
        assertThat(sink.sent).hasSize(1);
    }

    @Test
    void a_call_reaches_every_display_of_its_office_at_the_next_round_and_no_display_of_another() {
        FakeSink first = join(cdmx, "10.0.0.1");
        FakeSink second = join(cdmx, "10.0.0.2");
        FakeSink elsewhere = join(tijuana, "10.0.0.3");

        follow.call(cdmx, "C-004", 1, AT, false);
        tick(Duration.ofMillis(500));

        for (FakeSink sink : new FakeSink[] {first, second}) {
            assertThat(sink.boards()).hasSize(2);
            assertThat(sink.boards().get(1).getId()).isEqualTo("1");
            assertThat(json(sink.boards().get(1)).getJsonArray("calls").getJsonObject(0).getString("number"))
                    .isEqualTo("C-004");
        }
        assertThat(elsewhere.boards()).hasSize(1);

        follow.call(cdmx, "C-004", 1, AT.plusSeconds(40), true);
        tick(Duration.ofMillis(500));
        assertThat(json(first.boards().get(2)).getJsonArray("calls").getJsonObject(0).getBoolean("recall")).isTrue();
        tick(Duration.ofMillis(500));
        assertThat(first.boards()).as("sent once per step").hasSize(3);
    }

    @Test
    void a_stream_closed_by_its_client_is_dropped_and_an_office_left_without_listeners_is_not_read_any_more() {
        FakeSink stays = join(cdmx, "10.0.0.1");
        FakeSink leaves = join(cdmx, "10.0.0.2");

        leaves.close();
        tick(Duration.ofMillis(500));
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isEqualTo(1);

        stays.close();
        tick(Duration.ofMillis(500));
        int reads = follow.positionReads.get();
        tick(Duration.ofMillis(500));
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isZero();
        assertThat(follow.positionReads.get()).isEqualTo(reads);
    }

    @Test
    void a_client_that_left_without_a_word_is_found_by_the_next_send_closed_and_dropped() {
        FakeSink gone = join(cdmx, "10.0.0.1");
        FakeSink stays = join(cdmx, "10.0.0.2");
        gone.clientLeft();

        // the heartbeat is the first write after the client left
        tick(CallListeners.HEARTBEAT);

        assertThat(gone.isClosed()).isTrue();
        assertThat(stays.isClosed()).isFalse();
        assertThat(stays.heartbeats()).hasSize(1);
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isEqualTo(1);
    }

    @Test
    void a_heartbeat_comment_goes_to_every_stream_every_fifteen_seconds_and_not_sooner() {
        FakeSink cdmxSink = join(cdmx, "10.0.0.1");
        FakeSink tijuanaSink = join(tijuana, "10.0.0.2");

        tick(CallListeners.HEARTBEAT.minusMillis(500));
        assertThat(cdmxSink.heartbeats()).isEmpty();
        tick(Duration.ofMillis(500));
        assertThat(cdmxSink.heartbeats()).hasSize(1);
        assertThat(tijuanaSink.heartbeats()).hasSize(1);
        assertThat(cdmxSink.heartbeats().get(0).getComment()).isNotBlank();
        tick(Duration.ofMillis(500));
        assertThat(cdmxSink.heartbeats()).hasSize(1);
    }

    @Test
    void the_board_is_sent_again_every_minute_without_a_step_since_the_days_calls_end_at_the_offices_midnight() {
        FakeSink sink = join(cdmx, "10.0.0.1");

        tick(CallListeners.RESYNC.minusSeconds(1));
        assertThat(sink.boards()).hasSize(1);
        tick(Duration.ofSeconds(1));
        assertThat(sink.boards()).hasSize(2);
    }

    @Test
    void an_office_a_client_and_the_instance_hold_only_so_many_streams_and_a_stream_that_closed_frees_its_place() {
        join(cdmx, "10.0.0.1");
        join(cdmx, "10.0.0.1");
        assertThat(catchThrowableOfType(() -> join(tijuana, "10.0.0.1"), TooManyRequestsException.class).quota())
                .isEqualTo("display-streams-per-client");
        FakeSink third = join(cdmx, "10.0.0.2");
        TooManyRequestsException office = catchThrowableOfType(() -> join(cdmx, "10.0.0.3"),
                TooManyRequestsException.class);
        assertThat(office.quota()).isEqualTo("display-streams-per-office");
        assertThat(office.retryAfter()).isEqualTo(CallListeners.COME_BACK);
        join(tijuana, "10.0.0.3");
        assertThat(catchThrowableOfType(() -> join(tijuana, "10.0.0.4"), TooManyRequestsException.class).quota())
                .isEqualTo("display-streams");

        third.close();
        FakeSink again = join(cdmx, "10.0.0.4");
        assertThat(again.boards()).hasSize(1);
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isEqualTo(3);
    }

    @Test
    void a_refused_stream_is_not_written_to_so_the_refusal_can_still_be_answered() {
        join(cdmx, "10.0.0.1");
        join(cdmx, "10.0.0.1");
        FakeSink refused = new FakeSink();

        catchThrowableOfType(() -> listeners.join(follow.board("cdmx-ciudad-de-mexico", 6), "10.0.0.1", refused, sse),
                TooManyRequestsException.class);

        assertThat(refused.sent).isEmpty();
    }

    @Test
    void when_the_store_fails_a_round_throws_nothing_the_displays_keep_their_streams_and_the_next_round_catches_up() {
        FakeSink sink = join(cdmx, "10.0.0.1");
        follow.call(cdmx, "A-001", 2, AT, false);
        follow.failWith(new IllegalStateException("database down"));

        assertThatCode(() -> tick(Duration.ofMillis(500))).doesNotThrowAnyException();
        assertThat(sink.isClosed()).isFalse();
        assertThat(sink.boards()).hasSize(1);

        follow.failWith(null);
        tick(Duration.ofMillis(500));
        assertThat(sink.boards()).hasSize(2);
    }

    @Test
    void the_streams_of_an_office_taken_out_of_service_are_closed() {
        FakeSink sink = join(cdmx, "10.0.0.1");
        follow.close(cdmx);

        tick(Duration.ofMillis(500));

        assertThat(sink.isClosed()).isTrue();
        assertThat(listeners.listening("cdmx-ciudad-de-mexico")).isZero();
    }

    @Test
    void when_the_application_stops_every_stream_is_closed() {
        FakeSink one = join(cdmx, "10.0.0.1");
        FakeSink two = join(tijuana, "10.0.0.2");

        listeners.closeAll();

        assertThat(one.isClosed()).isTrue();
        assertThat(two.isClosed()).isTrue();
        assertThat(listeners.listening("bc-tijuana")).isZero();
    }

    @Test
    void no_limit_may_be_below_one() {
        assertThat(catchThrowableOfType(() -> new CallListeners.Limits(0, 1, 1), IllegalArgumentException.class))
                .isNotNull();
    }

    private FakeSink join(Office office, String client) {
        FakeSink sink = new FakeSink();
        listeners.join(follow.board(office.id().value(), CallBoardJson.CALLS), client, sink, sse);
        return sink;
    }

    private void tick(Duration after) {
        nanos.addAndGet(after.toNanos());
        listeners.tick();
    }

    private static JsonObject json(FakeSse.Event event) {
        try (var reader = Json.createReader(new StringReader((String) event.getData()))) {
            return reader.readObject();
        }
    }
}
