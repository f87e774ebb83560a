package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The status of one number: its JSON in the request's language, and its refusals as problems. */
class QueueResourceTest {

    private static final Instant AT = Instant.parse("2026-12-01T16:42:05Z");

    private final Office tijuana = DomainFixtures.tijuana();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(tijuana);
    private final QueueResource resource = new QueueResource();

    QueueResourceTest() {
        resource.follow = follow;
        follow.number(tijuana, "A-017", DomainFixtures.renewal(), VisitStatus.WAITING, 3, Optional.empty(), AT);
        follow.number(tijuana, "C-004", DomainFixtures.renewal(), VisitStatus.CALLED, 0, Optional.of(2), AT);
    }

    @Test
    void a_waiting_number_says_the_people_ahead_with_its_time_in_the_offices_offset_and_no_window() {
        QueueStatusJson json = resource.status("bc-tijuana", "a17", Language.ENGLISH);

        assertThat(json).isEqualTo(new QueueStatusJson("bc-tijuana", "A-017", "RENOV-RT", "Procedure RENOV-RT",
                "WAITING", 3, null, "2026-12-01T08:42:05-08:00"));
    }

    @Test
    void a_called_number_says_its_window() {
        QueueStatusJson json = resource.status("bc-tijuana", "C-004", Language.SPANISH);

        assertThat(json.status()).isEqualTo("CALLED");
        assertThat(json.window()).isEqualTo(2);
        assertThat(json.procedureName()).isEqualTo("Trámite RENOV-RT");
    }

    @Test
    void a_number_unknown_today_is_a_404_said_in_the_readers_language() throws Exception {
        Throwable refused = catchThrowable(() -> resource.status("bc-tijuana", "B-001", Language.SPANISH));

        Problem spanish = new ProblemMapper().problemFor(refused);
        assertThat(spanish.status()).isEqualTo(404);
        assertThat(spanish.type()).endsWith("/visit-not-found");
        assertThat(spanish.code()).isEqualTo("visit.notFound");
        assertThat(spanish.detail()).isEqualTo("No hay un turno B-001 hoy en esta oficina. Revise el número.");
        assertThat(english().problemFor(refused).detail()).doesNotContain("turno").contains("B-001");
    }

    @Test
    void what_is_no_display_number_is_a_400_and_an_unknown_office_a_404() {
        Problem malformed = new ProblemMapper().problemFor(catchThrowable(() -> resource.status("bc-tijuana",
                "<script>", Language.SPANISH)));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("displayNumber.malformed");

        Problem office = new ProblemMapper().problemFor(catchThrowable(() -> resource.status("atlantis", "A-017",
                Language.SPANISH)));
        assertThat(office.status()).isEqualTo(404);
        assertThat(office.type()).endsWith("/office-not-found");
    }

    @Test
    void another_refusal_on_the_floor_is_a_409_not_a_server_error() {
        Problem problem = new ProblemMapper().problemFor(new FloorRefusedException(
                "window.taken", "Window 2 is open by ana", 2, "ana"));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).endsWith("/floor-refused");
        assertThat(problem.detail()).isEqualTo("La ventanilla 2 ya está abierta por ana.");
    }

    private static ProblemMapper english() throws Exception {
        ProblemMapper mapper = new ProblemMapper();
        HttpHeaders headers = (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) ->
                        method.getName().equals("getAcceptableLanguages") ? List.of(Locale.ENGLISH) : null);
        Field field = ProblemMapper.class.getDeclaredField("headers");
        field.setAccessible(true);
        field.set(mapper, headers);
        return mapper;
    }
}
