package mx.gob.inm.citas.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mx.gob.inm.citas.adapters.web.fakes.FakeFollowQueue;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.Test;

/** The call display's bean: the board of an office for the screen, the list of displays, an unknown office. */
class DisplayViewTest {

    /** Tuesday 1 December 2026, 10:42:05 in Mexico City, 08:42 in Tijuana. */
    private static final Instant NOW = Instant.parse("2026-12-01T16:42:05Z");

    private final Office cdmx = DomainFixtures.cdmx();
    private final Office tijuana = DomainFixtures.tijuana();
    private final FakeFollowQueue follow = new FakeFollowQueue().with(cdmx).with(tijuana);
    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();

    DisplayViewTest() {
        offices.save(cdmx);
        offices.save(tijuana);
    }

    @Test
    void the_latest_call_is_shown_apart_from_the_previous_ones_in_spanish_and_english_with_the_offices_time() {
        follow.call(tijuana, "A-001", 1, NOW.minusSeconds(600), false);
        follow.call(tijuana, "C-004", 2, NOW.minusSeconds(120), false);
        follow.call(tijuana, "A-002", 3, NOW.minusSeconds(60), false);
        follow.call(tijuana, "C-004", 2, NOW, true);
        follow.waiting(tijuana, 5);

        DisplayView view = view("bc-tijuana");

        assertThat(view.isShowing()).isTrue();
        assertThat(view.isNotFound()).isFalse();
        assertThat(view.isChoosing()).isFalse();
        assertThat(view.getOfficeName()).isEqualTo(tijuana.name());
        assertThat(view.getLocalTime()).isEqualTo("08:42");
        assertThat(view.getZone()).isEqualTo("America/Tijuana");
        assertThat(view.getNow()).as("the server's clock, for the screen's").isEqualTo(NOW.toEpochMilli());
        assertThat(view.getWaiting()).isEqualTo(5);
        assertThat(view.getPosition()).isEqualTo(5);
        DisplayView.DisplayCall latest = view.getLatest();
        assertThat(latest.getNumber()).isEqualTo("C-004");
        assertThat(latest.getWindowSpanish()).isEqualTo("Ventanilla 2");
        assertThat(latest.getWindowEnglish()).isEqualTo("Window 2");
        assertThat(latest.isRecall()).isTrue();
        assertThat(latest.getTime()).isEqualTo("08:42");
        assertThat(view.getLatestKey()).isEqualTo("C-004|2|2026-12-01T08:42:05-08:00");
        assertThat(view.getPrevious()).extracting(DisplayView.DisplayCall::getNumber)
                .containsExactly("A-002", "C-004", "A-001");
        assertThat(view.getPrevious().get(0).getWindowSpanish()).isEqualTo("Ventanilla 3");
        assertThat(view.getCallsUrl()).isEqualTo("/citas/api/v1/offices/bc-tijuana/calls");
        assertThat(view.getStreamUrl()).isEqualTo("/citas/api/v1/offices/bc-tijuana/calls/stream");
    }

    @Test
    void the_texts_are_spanish_and_english_at_once_whatever_the_browser_asks() {
        DisplayView view = view("cdmx-ciudad-de-mexico");

        assertThat(view.getSpanish().getString("display.waiting")).isEqualTo("Personas en espera");
        assertThat(view.getEnglish().getString("display.waiting")).isEqualTo("People waiting");
        assertThat(view.getSpanish().getString("display.sound")).isEqualTo("Toque para activar el sonido");
        assertThat(view.getEnglish().getString("display.sound")).isEqualTo("Tap to enable sound");
    }

    @Test
    void before_the_days_first_call_there_is_no_latest_and_nothing_before_it() {
        DisplayView view = view("cdmx-ciudad-de-mexico");

        assertThat(view.getLatest()).isNull();
        assertThat(view.getLatestKey()).isEmpty();
        assertThat(view.getPrevious()).isEmpty();
        assertThat(view.getLocalTime()).isEqualTo("10:42");
    }

    @Test
    void an_unknown_or_malformed_office_is_a_page_that_says_so() {
        for (String office : new String[] {"atlantis", "<script>", "CDMX"}) {
            DisplayView view = view(office);
            assertThat(view.isNotFound()).as(office).isTrue();
            assertThat(view.isShowing()).isFalse();
            assertThat(view.isChoosing()).isFalse();
        }
    }

    @Test
    void without_an_office_the_displays_of_the_active_offices_are_listed_by_name_with_their_clean_address() {
        DisplayView view = view(null);

        assertThat(view.isChoosing()).isTrue();
        assertThat(view.getOffices()).extracting(DisplayView.OfficeLink::getUrl)
                .containsExactly("/citas/display/cdmx-ciudad-de-mexico", "/citas/display/bc-tijuana");
        assertThat(view.getOffices().get(1).getWhere()).isEqualTo("Tijuana, Baja California");
    }

    private DisplayView view(String office) {
        DisplayView view = new DisplayView();
        view.follow = follow;
        view.catalogue = new CatalogueService(offices, new InMemoryProcedureRepository());
        view.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        view.setOffice(office);
        view.load("/citas");
        return view;
    }
}
