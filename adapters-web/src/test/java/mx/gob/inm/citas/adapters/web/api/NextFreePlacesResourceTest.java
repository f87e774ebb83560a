package mx.gob.inm.citas.adapters.web.api;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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
import mx.gob.inm.citas.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The next-free-places resource on the real use case: its JSON, and its problems in the request's language. */
class NextFreePlacesResourceTest {

    /** Friday 27 November 2026, 07:00 in Mexico City, 05:00 in Tijuana. */
    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");

    private final NextFreePlacesResource resource = new NextFreePlacesResource();

    NextFreePlacesResourceTest() {
        InMemoryOfficeRepository offices = new InMemoryOfficeRepository();
        InMemoryProcedureRepository procedures = new InMemoryProcedureRepository();
        InMemoryScheduleRepository schedules = new InMemoryScheduleRepository();
        InMemoryClosureRepository closures = new InMemoryClosureRepository();
        procedures.save(DomainFixtures.exchangeOfVisa());
        procedures.save(DomainFixtures.inPersonOnly());
        for (Office office : List.of(DomainFixtures.cdmx(), DomainFixtures.tijuana(), DomainFixtures.cancun())) {
            offices.save(office);
            schedules.save(DomainFixtures.weekdays(office, 3, CANJE_RT));
        }
        closures.save(Closure.ofOffice(DomainFixtures.cdmx().id(), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 30), "Obras"));
        closures.save(Closure.ofOffice(DomainFixtures.cancun().id(), LocalDate.of(2026, 11, 27),
                LocalDate.of(2027, 1, 31), "Obras"));
        CatalogueService catalogue = new CatalogueService(offices, procedures);
        resource.places = new NextFreePlaceService(catalogue, schedules, closures, new InMemorySlotLedger(),
                new BookingWindow(Duration.ofHours(2), 60), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_offices_come_nearest_first_with_the_start_in_their_own_offset_and_the_full_ones_without_it() {
        NextFreePlacesJson json = resource.search("CANJE-RT", null, RequestLanguage.of(headers("en-US,en;q=0.9")));

        assertThat(json.procedure()).isEqualTo("CANJE-RT");
        assertThat(json.procedureName()).isEqualTo("Procedure CANJE-RT");
        assertThat(json.state()).isNull();
        assertThat(json.daysAhead()).isEqualTo(60);
        assertThat(json.officesWithPlaces()).isEqualTo(2);
        assertThat(json.offices()).extracting(NextFreePlacesJson.OfficeJson::officeId)
                .containsExactly("bc-tijuana", "cdmx-ciudad-de-mexico", "qroo-cancun");
        assertThat(json.offices()).extracting(NextFreePlacesJson.OfficeJson::nextFreeStart)
                .containsExactly("2026-11-27T09:00:00-08:00", "2026-12-01T09:00:00-06:00", null);
        assertThat(json.offices().get(1).nextFreeDate()).isEqualTo("2026-12-01");
        assertThat(json.offices().get(1).remaining()).isEqualTo(3);
        assertThat(json.offices().get(2).remaining()).isNull();
    }

    @Test
    void a_state_narrows_the_list() {
        NextFreePlacesJson json = resource.search("CANJE-RT", "qroo", RequestLanguage.of(headers(null)));

        assertThat(json.state()).isEqualTo("QROO");
        assertThat(json.offices()).extracting(NextFreePlacesJson.OfficeJson::officeId).containsExactly("qroo-cancun");
    }

    @Test
    void refusals_are_problems_in_spanish_by_default_and_in_english_when_asked() throws Exception {
        Problem unknownState = problem("CANJE-RT", "XX", null);
        assertThat(unknownState.status()).isEqualTo(422);
        assertThat(unknownState.type()).endsWith("/unknown-state");
        assertThat(unknownState.title()).isEqualTo("Unknown state");
        assertThat(unknownState.code()).isEqualTo("state.unknown");
        assertThat(unknownState.detail()).isEqualTo("No hay ninguna entidad federativa con la clave «XX». Elija una"
                + " de la lista.");
        assertThat(problem("CANJE-RT", " xx ", "en").detail())
                .isEqualTo("There is no federal entity with the code “xx”. Please choose one from the list.");

        Problem unknownProcedure = problem("NO-SUCH", null, "en-GB");
        assertThat(unknownProcedure.status()).isEqualTo(422);
        assertThat(unknownProcedure.type()).endsWith("/unknown-procedure");
        assertThat(unknownProcedure.code()).isEqualTo("procedure.notFound");
        assertThat(unknownProcedure.detail()).isEqualTo("There is no procedure “NO-SUCH” in the catalogue. Please"
                + " choose one from the list.");
        assertThat(problem("NO-SUCH", null, "fr").detail()).isEqualTo("No existe el trámite «NO-SUCH» en el"
                + " catálogo. Elija uno de la lista.");
        assertThat(problem("' OR 1=1 --", null, null).type()).endsWith("/unknown-procedure");

        Problem inPerson = problem("REGULARIZ-VENCIDO", null, null);
        assertThat(inPerson.status()).isEqualTo(422);
        assertThat(inPerson.type()).endsWith("/procedure-in-person-only");
        assertThat(inPerson.code()).isEqualTo("procedure.inPersonOnly");
        assertThat(inPerson.detail()).startsWith("El trámite «REGULARIZ-VENCIDO» no se agenda en línea");

        Problem missing = problem(" ", null, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.type()).endsWith("/invalid-request");
        assertThat(missing.code()).isEqualTo("procedureCode.blank");
        assertThat(missing.detail()).isEqualTo("Elija un trámite.");
        assertThat(problem(null, null, "en").detail()).isEqualTo("Please choose a procedure.");
    }

    /** The problem the API answers with when the search of {@code procedure} in {@code state} is refused. */
    private Problem problem(String procedure, String state, String acceptLanguage) throws Exception {
        HttpHeaders headers = headers(acceptLanguage);
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> resource.search(procedure, state, RequestLanguage.of(headers)));
        assertThat(refused).as("refused").isNotNull();
        ProblemMapper mapper = new ProblemMapper();
        Field field = ProblemMapper.class.getDeclaredField("headers");
        field.setAccessible(true);
        field.set(mapper, headers);
        return mapper.problemFor(refused);
    }

    /** Request headers asking for {@code acceptLanguage} (none: no preference). */
    private static HttpHeaders headers(String acceptLanguage) {
        List<Locale> wanted = acceptLanguage == null ? List.of()
                : java.util.Arrays.stream(acceptLanguage.split(",")).map(t -> Locale.forLanguageTag(t.split(";")[0]))
                        .toList();
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return wanted;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
