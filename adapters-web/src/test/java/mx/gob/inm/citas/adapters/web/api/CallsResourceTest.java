package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.service.FollowQueueService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.Test;

/** The call board's resource: its JSON (only display numbers), its entity tags, and an unknown office as 404. */
class CallsResourceTest {

    /** Tuesday 1 December 2026, 10:42:05 in Mexico City. */
    private static final Instant AT = Instant.parse("2026-12-01T16:42:05Z");

    private final Office cdmx = DomainFixtures.cdmx();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(cdmx);
    private final CallsResource resource = new CallsResource();

    CallsResourceTest() {
        resource.follow = follow;
    }

    @Test
    void the_board_lists_the_latest_calls_first_with_their_window_the_offices_offset_and_whether_recalled() {
        follow.call(cdmx, "A-001", 1, AT.minusSeconds(300), false);
        follow.call(cdmx, "C-004", 2, AT.minusSeconds(60), false);
        follow.call(cdmx, "C-004", 2, AT, true);
        follow.waiting(cdmx, 7);

        CallBoardJson board = resource.board("cdmx-ciudad-de-mexico");

        assertThat(board.officeId()).isEqualTo("cdmx-ciudad-de-mexico");
        assertThat(board.officeName()).isEqualTo(cdmx.name());
        assertThat(board.timeZone()).isEqualTo("America/Mexico_City");
        assertThat(board.calls()).containsExactly(
                new CallBoardJson.CallJson("C-004", 2, "2026-12-01T10:42:05-06:00", true),
                new CallBoardJson.CallJson("C-004", 2, "2026-12-01T10:41:05-06:00", false),
                new CallBoardJson.CallJson("A-001", 1, "2026-12-01T10:37:05-06:00", false));
        assertThat(board.waiting()).isEqualTo(7);
        assertThat(board.position()).isEqualTo(4);
    }

    @Test
    void a_display_is_shown_the_last_six_calls() {
        for (int i = 1; i <= 9; i++) {
            follow.call(cdmx, DisplayNumber.of('A', i).value(), 1, AT.plusSeconds(i), false);
        }

        assertThat(resource.board("cdmx-ciudad-de-mexico").calls()).extracting(CallBoardJson.CallJson::number)
                .containsExactly("A-009", "A-008", "A-007", "A-006", "A-005", "A-004");
    }

    @Test
    void the_events_text_has_the_same_members_and_values_as_the_answer_of_the_board() {
        follow.call(cdmx, "A-001", 3, AT, false);
        CallBoardJson board = resource.board("cdmx-ciudad-de-mexico");

        JsonObject json = Json.createReader(new StringReader(board.toJson())).readObject();

        assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(CallBoardJson.class
                .getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(json.getJsonArray("calls").getJsonObject(0).keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CallBoardJson.CallJson.class.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
        assertThat(json.getString("officeName")).isEqualTo(board.officeName());
        assertThat(json.getJsonNumber("position").longValue()).isEqualTo(board.position());
        assertThat(json.getJsonArray("calls").getJsonObject(0).getString("at")).isEqualTo("2026-12-01T10:42:05-06:00");
        assertThat(json.getJsonArray("calls").getJsonObject(0).getBoolean("recall")).isFalse();
    }

    @Test
    void the_entity_tag_changes_with_every_step_and_a_poll_sending_it_back_is_told_nothing_changed() {
        String before = resource.board("cdmx-ciudad-de-mexico").entityTag();
        assertThat(resource.board("cdmx-ciudad-de-mexico").entityTag()).isEqualTo(before);
        follow.waiting(cdmx, 1);
        String after = resource.board("cdmx-ciudad-de-mexico").entityTag();

        assertThat(after).isNotEqualTo(before).startsWith("W/\"");
        assertThat(CallsResource.unchanged(after, after)).isTrue();
        assertThat(CallsResource.unchanged(before, after)).isFalse();
        assertThat(CallsResource.unchanged(null, after)).isFalse();
        assertThat(CallsResource.unchanged("\"x\", " + after, after)).isTrue();
        assertThat(CallsResource.unchanged(after.substring(2), after)).as("the tag without W/").isTrue();
        assertThat(CallsResource.unchanged("*", after)).isTrue();
    }

    @Test
    void the_same_position_with_other_content_is_another_tag_as_when_the_days_calls_end_at_midnight() {
        CallBoardJson today = new CallBoardJson("o", "O", "America/Mexico_City",
                List.of(new CallBoardJson.CallJson("A-001", 1, "2026-12-01T10:42:05-06:00", false)), 0, 9);
        CallBoardJson tomorrow = new CallBoardJson("o", "O", "America/Mexico_City", List.of(), 0, 9);

        assertThat(today.entityTag()).isNotEqualTo(tomorrow.entityTag());
    }

    @Test
    void an_unknown_office_is_a_404_problem() {
        Throwable refused = catchThrowable(() -> resource.board("atlantis"));

        Problem problem = new ProblemMapper().problemFor(refused);
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).endsWith("/office-not-found");
    }

    @Test
    void on_the_real_use_case_a_walk_in_called_to_a_window_is_on_the_board_and_the_waiting_are_counted() {
        InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
        InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
        InMemoryVisitRepository visits = new InMemoryVisitRepository();
        offices.save(cdmx);
        procedures.save(DomainFixtures.renewal());
        LocalDate day = cdmx.localDate(AT);
        Visit first = Visit.walkIn(cdmx.id(), day, DisplayNumber.of('A', 1), DomainFixtures.RENOV_RT, Priority.NONE,
                Optional.of("Ana"), AT.minusSeconds(600));
        Visit second = Visit.walkIn(cdmx.id(), day, DisplayNumber.of('A', 2), DomainFixtures.RENOV_RT,
                Priority.NONE, Optional.empty(), AT.minusSeconds(500));
        visits.add(first, first.joined());
        visits.add(second, second.joined());
        Visit called = visits.find(cdmx.id(), day, first.number()).orElseThrow();
        assertThat(visits.tryCall(called, called.call(4, AT))).isTrue();
        resource.follow = new FollowQueueService(offices, procedures, new InMemoryOfficeFloorRepository(), visits,
                Clock.fixed(AT, ZoneOffset.UTC));

        CallBoardJson board = resource.board("cdmx-ciudad-de-mexico");

        assertThat(board.calls()).containsExactly(new CallBoardJson.CallJson("A-001", 4,
                "2026-12-01T10:42:05-06:00", false));
        assertThat(board.waiting()).isEqualTo(1);
        assertThat(board.position()).isEqualTo(3);
        assertThat(board.toJson()).doesNotContain("Ana");
    }
}
