package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The status page of a number: what it says for each state, in the page's language, and its form's errors. */
class QueueStatusViewTest {

    /** 10:42 in Mexico City. */
    private static final Instant QUEUED = Instant.parse("2026-12-01T16:42:05Z");

    private final Office cdmx = DomainFixtures.cdmx();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(cdmx);
    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();

    QueueStatusViewTest() {
        offices.save(cdmx);
        offices.save(DomainFixtures.tijuana());
        number("A-017", VisitStatus.WAITING, 3, null);
        number("A-018", VisitStatus.WAITING, 1, null);
        number("A-019", VisitStatus.WAITING, 0, null);
        number("C-004", VisitStatus.CALLED, 0, 3);
        number("C-005", VisitStatus.SERVING, 0, 1);
        number("C-006", VisitStatus.FINISHED, 0, 1);
        number("C-007", VisitStatus.NO_SHOW, 0, 2);
        number("C-008", VisitStatus.WITHDRAWN, 0, null);
    }

    @Test
    void a_waiting_number_says_how_many_are_ahead_its_procedure_and_since_when_and_keeps_itself_current() {
        QueueStatusView view = view(Language.SPANISH, "office", "cdmx-ciudad-de-mexico", "number", "a17");

        assertThat(view.isFound()).isTrue();
        assertThat(view.getNumber()).isEqualTo("A-017");
        assertThat(view.getHeadline()).isEqualTo("Hay 3 personas antes que usted.");
        assertThat(view.getProcedureName()).isEqualTo("Trámite RENOV-RT");
        assertThat(view.getOfficeName()).isEqualTo(cdmx.name());
        assertThat(view.getQueuedAt()).isEqualTo("desde las 10:42, hora del Centro");
        assertThat(view.isOpen()).isTrue();
        assertThat(view.isCalled()).isFalse();
        assertThat(view.getSignature()).isEqualTo("WAITING|3|");
        assertThat(view.getStatusUrl()).isEqualTo("/citas/api/v1/offices/cdmx-ciudad-de-mexico/queue/A-017");
        assertThat(view.getAddress()).isEqualTo("/turno?office=cdmx-ciudad-de-mexico&number=A-017");
        assertThat(view.getDisplayUrl()).isEqualTo("/citas/display/cdmx-ciudad-de-mexico");
        assertThat(view.getOfficeError()).isNull();
        assertThat(view.getNumberError()).isNull();
    }

    @Test
    void each_state_is_said_in_spanish_and_in_english() {
        assertThat(headline(Language.SPANISH, "A-018")).isEqualTo("Hay 1 persona antes que usted.");
        assertThat(headline(Language.SPANISH, "A-019")).isEqualTo("Usted sigue. Esté pendiente de la pantalla de turnos.");
        assertThat(headline(Language.SPANISH, "C-004")).isEqualTo("Lo estamos llamando a la ventanilla 3.");
        assertThat(headline(Language.SPANISH, "C-005")).isEqualTo("Lo están atendiendo en la ventanilla 1.");
        assertThat(headline(Language.SPANISH, "C-006")).isEqualTo("Ya fue atendido. Gracias por su visita.");
        assertThat(headline(Language.SPANISH, "C-007")).isEqualTo("Lo llamamos y no se presentó. Acuda a recepción.");
        assertThat(headline(Language.SPANISH, "C-008")).isEqualTo("Este turno ya no está en la fila. Acuda a recepción.");
        assertThat(headline(Language.ENGLISH, "A-017")).isEqualTo("There are 3 people ahead of you.");
        assertThat(headline(Language.ENGLISH, "A-018")).isEqualTo("There is 1 person ahead of you.");
        assertThat(headline(Language.ENGLISH, "C-004")).isEqualTo("We are calling you to window 3.");
        assertThat(headline(Language.ENGLISH, "C-006")).isEqualTo("You have been served. Thank you for your visit.");
    }

    @Test
    void a_called_number_stands_out_and_one_served_no_longer_refreshes() {
        QueueStatusView called = view(Language.SPANISH, "office", "cdmx-ciudad-de-mexico", "number", "C-004");
        assertThat(called.isCalled()).isTrue();
        assertThat(called.isOpen()).isTrue();
        assertThat(called.getSignature()).isEqualTo("CALLED|0|3");

        QueueStatusView served = view(Language.ENGLISH, "office", "cdmx-ciudad-de-mexico", "number", "C-006");
        assertThat(served.isOpen()).isFalse();
        assertThat(served.getQueuedAt()).isEqualTo("since 10:42, Mexico Central Time");
    }

    @Test
    void the_first_visit_shows_only_the_form_with_the_active_offices_by_name() {
        QueueStatusView view = view(Language.SPANISH);

        assertThat(view.isFound()).isFalse();
        assertThat(view.getOfficeError()).isNull();
        assertThat(view.getNumberError()).isNull();
        assertThat(view.getOffices()).extracting(QueueStatusView.Option::value)
                .containsExactly("cdmx-ciudad-de-mexico", "bc-tijuana");
        assertThat(view.getAddress()).isEqualTo("/turno");
    }

    @Test
    void a_missing_office_or_number_an_unknown_office_and_a_wrong_number_are_said_beside_their_field() {
        QueueStatusView empty = view(Language.SPANISH, "office", "", "number", "");
        assertThat(empty.getOfficeError()).isEqualTo("Elija la oficina donde recibió su turno.");
        assertThat(empty.getNumberError()).isEqualTo("Escriba el número de su turno, por ejemplo A-017.");
        assertThat(empty.isFound()).isFalse();

        QueueStatusView office = view(Language.ENGLISH, "office", "atlantis", "number", "A-017");
        assertThat(office.getOfficeError()).contains("atlantis");
        assertThat(office.getNumberError()).isNull();

        QueueStatusView unknown = view(Language.SPANISH, "office", "cdmx-ciudad-de-mexico", "number", "B-9");
        assertThat(unknown.getNumberError()).isEqualTo("No hay un turno B-9 hoy en esta oficina. Revise el número.");
        assertThat(unknown.getOfficeError()).isNull();

        QueueStatusView malformed = view(Language.SPANISH, "office", "cdmx-ciudad-de-mexico", "number", "<b>");
        assertThat(malformed.getNumberError()).isNotBlank().doesNotContain("A display number");
        assertThat(malformed.isFound()).isFalse();
    }

    @Test
    void the_language_switch_posts_back_without_the_form_and_the_number_is_shown_again() {
        QueueStatusView view = new QueueStatusView();
        wire(view, Language.ENGLISH);
        view.setOffice("cdmx-ciudad-de-mexico");
        view.setNumber("A-017");
        view.load(Map.of("lang", "lang"), "/citas");

        assertThat(view.getHeadline()).isEqualTo("There are 3 people ahead of you.");
    }

    private String headline(Language language, String number) {
        return view(language, "office", "cdmx-ciudad-de-mexico", "number", number).getHeadline();
    }

    private void number(String number, VisitStatus status, int ahead, Integer window) {
        follow.number(cdmx, number, DomainFixtures.renewal(), status, ahead, Optional.ofNullable(window), QUEUED);
    }

    private QueueStatusView view(Language language, String... parameters) {
        Map<String, String> sent = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            sent.put(parameters[i], parameters[i + 1]);
        }
        QueueStatusView view = new QueueStatusView();
        wire(view, language);
        view.setOffice(blankAsNull(sent.get(QueueStatusView.OFFICE)));
        view.setNumber(blankAsNull(sent.get(QueueStatusView.NUMBER)));
        view.load(sent, "/citas");
        return view;
    }

    private void wire(QueueStatusView view, Language language) {
        view.follow = follow;
        view.catalogue = new CatalogueService(offices, new InMemoryProcedureRepository());
        view.language = new PageLanguage() {
            private static final long serialVersionUID = 1L;

            @Override
            public Language current() {
                return language;
            }
        };
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
