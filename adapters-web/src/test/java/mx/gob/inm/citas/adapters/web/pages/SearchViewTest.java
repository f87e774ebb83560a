package mx.gob.inm.citas.adapters.web.pages;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import mx.gob.inm.citas.application.fakes.InMemoryClosureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeRepository;
import mx.gob.inm.citas.application.fakes.InMemoryProcedureRepository;
import mx.gob.inm.citas.application.fakes.InMemoryScheduleRepository;
import mx.gob.inm.citas.application.fakes.InMemorySlotLedger;
import mx.gob.inm.citas.application.service.CatalogueService;
import mx.gob.inm.citas.application.service.NextFreePlaceService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The search page's bean on the real use cases and fakes of the stores: what the page shows for each request. */
class SearchViewTest {

    /** Friday 27 November 2026, 07:00 in Mexico City. */
    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");

    private final InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
    private final InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
    private final InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
    private final InMemoryClosureRepository closures = new InMemoryClosureRepository();
    private final CatalogueService catalogue = new CatalogueService(offices, procedures);

    SearchViewTest() {
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.inPersonOnly());
        Office cdmx = DomainFixtures.cdmx();
        Office tijuana = DomainFixtures.tijuana();
        for (Office office : new Office[] {cdmx, tijuana}) {
            offices.save(office);
            schedules.save(DomainFixtures.weekdays(office, 3, CANJE_RT));
        }
        closures.save(Closure.ofOffice(tijuana.id(), LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 31), "Obras"));
    }

    @Test
    void a_search_of_the_whole_country_lists_each_office_with_its_next_place_in_words_and_a_booking_link() {
        SearchView view = view(Language.SPANISH, "procedure", "CANJE-RT", "state", "");

        assertThat(view.isSearched()).isTrue();
        assertThat(view.getHeading()).isEqualTo("Resultados: 2 oficinas");
        assertThat(view.getSummary()).isEqualTo("1 tiene lugares libres para «Trámite CANJE-RT» en todo el país,"
                + " de la fecha más próxima a la más lejana.");
        assertThat(view.getRows()).hasSize(2);
        NextFreePlaceRow first = view.getRows().get(0);
        assertThat(first.name()).isEqualTo("Oficina de Representación Ciudad de México");
        assertThat(first.where()).isEqualTo("Ciudad de México, Ciudad de México");
        assertThat(first.when()).isEqualTo("viernes 27 de noviembre, 09:00, hora del Centro");
        assertThat(first.bookingUrl()).isEqualTo("/citas/?office=cdmx-ciudad-de-mexico&procedure=CANJE-RT");
        assertThat(first.bookingLabel()).startsWith("Agendar en esta oficina: ");
        NextFreePlaceRow last = view.getRows().get(1);
        assertThat(last.hasPlace()).isFalse();
        assertThat(last.when()).isEqualTo("Sin lugares en los próximos 60 días");
        assertThat(view.getProcedureError()).isNull();
        assertThat(view.getStateError()).isNull();
    }

    @Test
    void in_english_the_date_and_the_zone_are_english_too() {
        SearchView view = view(Language.ENGLISH, "procedure", "CANJE-RT");

        assertThat(view.getHeading()).isEqualTo("Results: 2 offices");
        assertThat(view.getRows().get(0).when()).isEqualTo("Friday 27 November, 09:00, Mexico Central Time");
        assertThat(view.getRows().get(1).when()).isEqualTo("No places in the next 60 days");
        assertThat(view.getProcedures()).extracting(SearchView.Option::label).containsExactly("Procedure CANJE-RT");
    }

    @Test
    void the_language_switch_posts_the_page_back_without_the_form_and_the_search_is_shown_again() {
        SearchView view = new SearchView();
        wire(view, Language.ENGLISH);
        // Faces restores the view parameters on a postback; the request carries only the switch's own form
        view.setProcedure("CANJE-RT");
        view.load(Map.of("lang", "lang", "lang:switch", "lang:switch"), "");

        assertThat(view.isSearched()).isTrue();
        assertThat(view.getHeading()).isEqualTo("Results: 2 offices");
    }

    @Test
    void the_first_visit_offers_the_online_procedures_and_the_states_with_offices_and_searches_nothing() {
        SearchView view = view(Language.SPANISH);

        assertThat(view.isSearched()).isFalse();
        assertThat(view.getProcedureError()).isNull();
        assertThat(view.getProcedures()).extracting(SearchView.Option::value).containsExactly("CANJE-RT");
        assertThat(view.getStates()).extracting(SearchView.Option::label).containsExactly("Baja California",
                "Ciudad de México");
    }

    @Test
    void a_state_with_no_free_place_offers_the_whole_country() {
        SearchView view = view(Language.SPANISH, "procedure", "CANJE-RT", "state", "BC");

        assertThat(view.getRows()).extracting(NextFreePlaceRow::officeId).containsExactly("bc-tijuana");
        assertThat(view.getSummary()).isEqualTo("Ninguna tiene lugares libres para «Trámite CANJE-RT» en Baja"
                + " California, de la fecha más próxima a la más lejana.");
        assertThat(view.isWholeCountryWorthTrying()).isTrue();
        assertThat(view.getWholeCountryUrl()).isEqualTo("/citas/search?procedure=CANJE-RT");
    }

    @Test
    void no_procedure_an_unknown_or_in_person_one_and_an_unknown_state_are_named_beside_their_field() {
        assertThat(view(Language.SPANISH, "procedure", "").getProcedureError())
                .isEqualTo("Elija el trámite que necesita.");
        for (String code : new String[] {"NO-SUCH", "<script>"}) {
            SearchView view = view(Language.SPANISH, "procedure", code);
            assertThat(view.getProcedureError()).as(code)
                    .isEqualTo("No existe el trámite «" + code + "» en el catálogo. Elija uno de la lista.");
            assertThat(view.getStateError()).isNull();
            assertThat(view.isSearched()).isFalse();
        }
        SearchView inPerson = view(Language.ENGLISH, "procedure", "REGULARIZ-VENCIDO");
        assertThat(inPerson.getProcedureError()).isEqualTo("The procedure “REGULARIZ-VENCIDO” is not booked online:"
                + " it is served in person, with a same-day token at the office.");
        assertThat(inPerson.isSearched()).isFalse();
        SearchView unknownState = view(Language.ENGLISH, "procedure", "CANJE-RT", "state", "XX");
        assertThat(unknownState.getStateError())
                .isEqualTo("There is no federal entity with the code “XX”. Please choose one from the list.");
        assertThat(unknownState.getProcedureError()).isNull();
        assertThat(unknownState.isSearched()).isFalse();
    }

    /** The bean as Faces leaves it after the view parameters are applied, loaded for a request sending these. */
    private SearchView view(Language language, String... parameters) {
        Map<String, String> sent = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            sent.put(parameters[i], parameters[i + 1]);
        }
        SearchView view = new SearchView();
        wire(view, language);
        // as INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL makes the view parameters
        view.setProcedure(blankAsNull(sent.get(SearchView.PROCEDURE)));
        view.setState(blankAsNull(sent.get(SearchView.STATE)));
        view.load(sent, "/citas");
        return view;
    }

    private void wire(SearchView view, Language language) {
        view.catalogue = catalogue;
        view.places = new NextFreePlaceService(catalogue, schedules, closures, new InMemorySlotLedger(),
                new BookingWindow(Duration.ofHours(2), 60), Clock.fixed(NOW, ZoneOffset.UTC));
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
