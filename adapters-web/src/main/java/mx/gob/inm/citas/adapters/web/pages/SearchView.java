package mx.gob.inm.citas.adapters.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.NextFreePlaces;
import mx.gob.inm.citas.application.port.in.FindNextFreePlaceUseCase.Query;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The search at {@code /search}: a procedure and a state (or the whole country) in the address, as a GET form sends
 * them, so that Back, reload and a bookmark show the same search; the offices with their next free place. Loaded
 * once per request by {@link #load()}; the getters only read what it found.
 */
@Named
@RequestScoped
public class SearchView {

    static final String PROCEDURE = "procedure";
    static final String STATE = "state";

    @Inject
    ViewCatalogueUseCase catalogue;
    @Inject
    FindNextFreePlaceUseCase places;
    @Inject
    PageLanguage language;

    private String procedure;
    private String state;
    private List<Option> procedures = List.of();
    private List<Option> states = List.of();
    private NextFreePlaces found;
    private List<NextFreePlaceRow> rows = List.of();
    private String procedureError;
    private String stateError;
    private String contextPath = "";

    /** A choice of a select: the value sent and the text shown. */
    public record Option(String value, String label) {
    }

    /** The page's data: the choices, and the search when the form was sent (a procedure in the address). */
    public void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        load(external.getRequestParameterMap(), external.getRequestContextPath());
    }

    /** {@link #load()} with what the request sent, and the application's context path for the links. */
    void load(Map<String, String> sent, String contextPath) {
        this.contextPath = contextPath;
        Language current = language.current();
        Locale locale = current.locale();
        Collator byName = Collator.getInstance(locale);
        procedures = catalogue.procedures().stream().filter(Procedure::isBookableOnline)
                .map(p -> new Option(p.code().value(), p.name().in(current)))
                .sorted(Comparator.comparing(Option::label, byName)).toList();
        states = OfficeChoices.states(catalogue.activeOffices()).stream()
                .map(s -> new Option(s.code(), s.name())).toList();
        // the form sent (a procedure in the address), or a postback of the page (the language switch) that keeps it
        if (!sent.containsKey(PROCEDURE) && procedure == null) {
            return;
        }
        search(locale);
    }

    private void search(Locale locale) {
        if (procedure == null || procedure.isBlank()) {
            procedureError = Texts.text(locale, "search.procedure.required");
            return;
        }
        try {
            found = places.nextFreePlaces(new Query(procedure, Optional.ofNullable(state)));
            rows = found.offices().stream().map(p -> NextFreePlaceRow.of(p, found.procedure(), found.daysAhead(),
                    language.current(), contextPath))
                    .toList();
        } catch (DomainException refused) {
            // an unknown or in-person procedure, or an unknown state: said by the one translator, beside its field
            if (STATE.equals(refused.subject())) {
                stateError = Refusals.text(refused, locale);
            } else {
                procedureError = Refusals.text(refused, locale);
            }
        }
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public List<Option> getProcedures() {
        return procedures;
    }

    public List<Option> getStates() {
        return states;
    }

    /** Whether there are results to show (the search ran and was not refused). */
    public boolean isSearched() {
        return found != null;
    }

    public List<NextFreePlaceRow> getRows() {
        return rows;
    }

    /** "Resultados: 3 oficinas". */
    public String getHeading() {
        return found == null ? null : Texts.text(locale(), "search.results.heading", found.offices().size());
    }

    /** "2 tienen lugares libres para «Canje…» en Baja California." */
    public String getSummary() {
        if (found == null) {
            return null;
        }
        String name = found.procedure().name().in(language.current());
        String where = found.state().map(s -> Texts.text(locale(), "search.where.state", s.name()))
                .orElseGet(() -> Texts.text(locale(), "search.where.country"));
        if (found.offices().isEmpty()) {
            return Texts.text(locale(), "search.results.none", name, where);
        }
        return Texts.text(locale(), "search.results.summary", found.withPlaces(), name, where);
    }

    /** Whether a state-wide search found nothing: the page offers the whole country. */
    public boolean isWholeCountryWorthTrying() {
        return found != null && found.state().isPresent() && found.withPlaces() == 0;
    }

    /** The same procedure in the whole country, as an address. */
    public String getWholeCountryUrl() {
        return found == null ? null : contextPath + "/search?" + PROCEDURE + "=" + NextFreePlaceRow.encode(found.procedure().code().value());
    }

    private Locale locale() {
        return language.current().locale();
    }

    public String getProcedureError() {
        return procedureError;
    }

    public String getStateError() {
        return stateError;
    }
}
