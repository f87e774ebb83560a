package mx.gob.inm.citas.adapters.web.console.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.console.CurrentStaff;
import mx.gob.inm.citas.adapters.web.export.Format;
import mx.gob.inm.citas.adapters.web.export.Sheet;
import mx.gob.inm.citas.adapters.web.export.SheetDownload;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeFloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeQuery;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.ViewCatalogueUseCase;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * The capacity dashboard ({@code /console/dashboard.xhtml}): without {@code ?office=} the national table of the
 * offices the member may read ({@code ?state=…&procedure=…}), with it one office's days, hours, outlook and trend
 * ({@code &from=…&to=…&procedure=…}). The filters live in the address, so a view can be bookmarked and shared; the
 * page refreshes its figures every minute with the same filters; both tables export as CSV and Excel. Whether the
 * member may read an office is the use case's to decide (and to audit).
 */
@Named("dashboard")
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zone the national view's "as of" is told in: the country's central time. */
    static final ZoneId NATIONAL_ZONE = ZoneId.of("America/Mexico_City");

    @Inject
    transient CapacityDashboardUseCase dashboards;

    @Inject
    transient RunAgendaUseCase agenda;

    @Inject
    transient ViewCatalogueUseCase catalogue;

    @Inject
    transient Clock clock;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    // the address's parameters, as typed (blank: not given)
    private String office;
    private String state;
    private String procedure;
    private String from;
    private String to;

    private Figures figures;
    private ProcedureNames procedures;
    private Map<String, String> states = Map.of();
    private Map<String, String> procedureChoices = Map.of();
    private String refusal;
    private String fromError;
    private String toError;
    private String asOf;

    private List<OfficeLine> offices = List.of();
    private PlaceCells totalShort;
    private PlaceCells totalLong;
    private AttendanceCells totalPast;
    private List<OfficeLine> floorOffices = List.of();
    private FloorCells totalFloor;

    private String officeName;
    private String zone;
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private List<DayLine> days = List.of();
    private HeatMap heatMap;
    private List<OutlookLine> outlooks = List.of();
    private String placesChart;
    private String trendChart;
    private boolean trendEmpty;
    private FloorCells officeFloor;
    private String floorRangeText;
    private List<FloorLine> floorProcedures = List.of();
    private List<FloorLine> floorPools = List.of();
    private boolean loaded;

    /** The view action: the filters' choices, then the figures. */
    public void load() {
        if (!isOfficeView()) {
            Map<String, String> byName = new TreeMap<>();
            agenda.offices(staff.member()).stream().map(Office::state)
                    .forEach(s -> byName.put(s.name(), s.code()));
            states = new LinkedHashMap<>();
            byName.forEach((name, code) -> states.put(code, name));
        }
        refresh();
    }

    /**
     * Reads the figures again with the same filters (the view action, and the poll every minute), in the language
     * the visitor reads now (it may have been switched on another page of the same session).
     */
    public void refresh() {
        figures = new Figures(language.getLocale());
        procedures = new ProcedureNames(catalogue.procedures(), language.current(), figures);
        procedureChoices = procedures.all();
        refusal = null;
        fromError = null;
        toError = null;
        loaded = false;
        try {
            if (isOfficeView()) {
                officeFigures();
            } else {
                nationalFigures();
            }
            loaded = true;
        } catch (OfficeAccessDeniedException | OfficeNotFoundException e) {
            refusal = figures.text("console.refused.office", given(office).orElse(""));
        } catch (ProcedureNotFoundException e) {
            refusal = figures.text("console.dashboard.unknownProcedure", given(procedure).orElse(""));
        } catch (InvalidRange e) {
            // already said beside its field
        } catch (InvalidValueException e) {
            toError = figures.text("console.dashboard.badRange", figures.count(CapacityDashboardUseCase
                    .MAX_RANGE_DAYS));
        } catch (DomainException e) {
            refusal = RefusalMessages.forConsole(e.code(), e.arguments(), language.getLocale());
        }
    }

    private void nationalFigures() {
        NationalDashboard national = dashboards.national(staff.member(), nationalQuery());
        boolean procedureChosen = national.query().procedure().isPresent();
        // mutable: the table sorts its rows in place
        offices = national.offices().stream().map(row -> new OfficeLine(row, figures, procedures, procedureChosen))
                .collect(Collectors.toCollection(ArrayList::new));
        totalShort = new PlaceCells(national.totalShortRange(), figures);
        totalLong = new PlaceCells(national.totalLongRange(), figures);
        totalPast = new AttendanceCells(national.totalPastDays(), figures);
        // a list of its own: each table sorts its rows in place
        floorOffices = new ArrayList<>(offices);
        totalFloor = new FloorCells(national.totalFloor(), figures);
        asOf = figures.text("console.dashboard.asOf", figures.time(national.asOf(), NATIONAL_ZONE),
                figures.zone(NATIONAL_ZONE));
    }

    private void officeFigures() {
        OfficeDashboard dashboard = dashboards.office(staff.member(), office.strip(), officeQuery());
        ZoneId officeZone = dashboard.timeZone();
        officeName = dashboard.name();
        zone = figures.zone(officeZone);
        shownFrom = dashboard.from();
        shownTo = dashboard.to();
        days = dashboard.days().stream().map(d -> new DayLine(d, figures, procedures))
                .collect(Collectors.toCollection(ArrayList::new));
        heatMap = new HeatMap(dashboard.hours(), figures);
        outlooks = dashboard.outlooks().stream().map(o -> new OutlookLine(o, figures, procedures))
                .sorted(Comparator.comparingLong(OutlookLine::getNextFreeRank).reversed())
                .collect(Collectors.toCollection(ArrayList::new));
        procedureChoices = new LinkedHashMap<>();
        dashboard.procedures().forEach(p -> procedureChoices.put(p.value(), procedures.of(p)));
        placesChart = DashboardCharts.places(dashboard.days(), dashboard.procedure(), figures);
        trendEmpty = dashboard.trend().isEmpty();
        trendChart = DashboardCharts.trend(dashboard.trend(), dashboard.asOf().atZone(officeZone).toLocalDate(),
                figures, procedures);
        asOf = figures.text("console.dashboard.asOf", figures.time(dashboard.asOf(), officeZone), zone);
        OfficeFloorFigures floor = dashboard.floor();
        officeFloor = floor.from().isPresent() ? new FloorCells(floor.total(), figures) : null;
        floorRangeText = floor.from().map(first -> figures.text("console.dashboard.floor.range", figures.date(first),
                figures.date(floor.to().orElseThrow()))).orElse(null);
        floorProcedures = floor.procedures().stream().map(p -> FloorLine.of(p, figures, procedures))
                .collect(Collectors.toCollection(ArrayList::new));
        floorPools = floor.pools().stream().map(p -> FloorLine.of(p, figures, procedures))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    NationalQuery nationalQuery() {
        return new NationalQuery(given(state), given(procedure));
    }

    OfficeQuery officeQuery() {
        Optional<LocalDate> first = date(from, true);
        Optional<LocalDate> last = date(to, false);
        if (fromError != null || toError != null) {
            throw new InvalidRange();
        }
        return new OfficeQuery(first, last, given(procedure));
    }

    private Optional<LocalDate> date(String value, boolean isFrom) {
        Optional<String> typed = given(value);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            // four-digit years only, as the date inputs send them
            if (!typed.get().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", typed.get(), 0);
            }
            return Optional.of(LocalDate.parse(typed.get()));
        } catch (DateTimeParseException e) {
            String message = figures.text("console.dashboard.badDate");
            if (isFrom) {
                fromError = message;
            } else {
                toError = message;
            }
            return Optional.empty();
        }
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A date typed that is no date: said beside its field, and nothing is asked of the use case. */
    private static final class InvalidRange extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidRange() {
            super(null, null, false, false);
        }
    }

    // exports: the same filters, the figures as they are now

    Sheet nationalSheet() {
        NationalDashboard national = dashboards.national(staff.member(), nationalQuery());
        return DashboardSheets.national(national, given(state).map(s -> states.getOrDefault(s, s)), clock.instant(),
                NATIONAL_ZONE, figures, procedures);
    }

    Sheet officeSheet() {
        OfficeDashboard dashboard = dashboards.office(staff.member(), office.strip(), officeQuery());
        return DashboardSheets.office(dashboard, clock.instant(), figures, procedures);
    }

    public void exportCsv() throws IOException {
        export(Format.CSV);
    }

    public void exportXlsx() throws IOException {
        export(Format.XLSX);
    }

    private void export(Format format) throws IOException {
        Sheet sheet;
        try {
            sheet = isOfficeView() ? officeSheet() : nationalSheet();
        } catch (DomainException | InvalidRange e) {
            refresh();
            return;
        }
        SheetDownload.send(FacesContext.getCurrentInstance(), sheet, format);
    }

    // what the page shows

    public boolean isOfficeView() {
        return given(office).isPresent();
    }

    /** Whether figures were read (no refusal, no wrong date). */
    public boolean isLoaded() {
        return loaded;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getFromError() {
        return fromError;
    }

    public String getToError() {
        return toError;
    }

    /** "Cifras al 09:41, hora central (America/Mexico_City)". */
    public String getAsOf() {
        return asOf;
    }

    /** The states of the offices the member may read, by name. */
    public List<Choice> getStateOptions() {
        return choices(states, state);
    }

    /** The procedures of the catalogue (of the office, in the office view). */
    public List<Choice> getProcedureOptions() {
        return choices(procedureChoices, procedure);
    }

    private static List<Choice> choices(Map<String, String> options, String chosen) {
        String value = given(chosen).orElse("");
        return options.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue(), e.getKey().equals(value)))
                .toList();
    }

    /** The office view's address for a row, keeping the procedure chosen. */
    public String officeLink(String officeId) {
        return "dashboard.xhtml?office=" + encoded(officeId)
                + given(procedure).map(p -> "&procedure=" + encoded(p)).orElse("");
    }

    /** The national view's address, keeping the procedure chosen. */
    public String getNationalLink() {
        return "dashboard.xhtml" + given(procedure).map(p -> "?procedure=" + encoded(p)).orElse("");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<OfficeLine> getOffices() {
        return offices;
    }

    public PlaceCells getTotalShort() {
        return totalShort;
    }

    public PlaceCells getTotalLong() {
        return totalLong;
    }

    public AttendanceCells getTotalPast() {
        return totalPast;
    }

    /** The national floor table's rows (the same offices, sorted apart). */
    public List<OfficeLine> getFloorOffices() {
        return floorOffices;
    }

    /** The floor of all the offices shown: percentiles over all their visits. */
    public FloorCells getTotalFloor() {
        return totalFloor;
    }

    /** "La sala: últimos 28 días y hoy". */
    public String getFloorNationalTitle() {
        return figures.text("console.dashboard.floor.nationalTitle", figures.count(
                CapacityDashboardUseCase.FLOOR_PAST_DAYS));
    }

    /** The office's floor over the range up to today; null when the range lies ahead. */
    public FloorCells getOfficeFloor() {
        return officeFloor;
    }

    /** "Del 2 mar. 2027 al 3 mar. 2027 (hasta hoy)"; null when the range lies ahead. */
    public String getFloorRangeText() {
        return floorRangeText;
    }

    public List<FloorLine> getFloorProcedures() {
        return floorProcedures;
    }

    public List<FloorLine> getFloorPools() {
        return floorPools;
    }

    public String getOfficeName() {
        return officeName;
    }

    /** "hora del Pacífico (America/Tijuana)". */
    public String getZone() {
        return zone;
    }

    public List<DayLine> getDays() {
        return days;
    }

    public HeatMap getHeatMap() {
        return heatMap;
    }

    public List<OutlookLine> getOutlooks() {
        return outlooks;
    }

    /** The Chart.js configuration of the days' places. */
    public String getPlacesChart() {
        return placesChart;
    }

    /** The Chart.js configuration of the backlog's trend. */
    public String getTrendChart() {
        return trendChart;
    }

    /** No night has been recorded yet for this office. */
    public boolean isTrendEmpty() {
        return trendEmpty;
    }

    /** "Reservas por día (últimos 14 días)": the look-back of the forecast. */
    public String getBookingsPerDayHeader() {
        return figures.text("console.dashboard.column.bookingsPerDay", figures.count(SellOutForecast.DAYS_OBSERVED));
    }

    /** The date inputs' values: as typed, else the range shown. */
    public String getFromValue() {
        return given(from).orElse(shownFrom == null ? "" : shownFrom.toString());
    }

    public String getToValue() {
        return given(to).orElse(shownTo == null ? "" : shownTo.toString());
    }

    /** "2 mar. 2027 – 1 abr. 2027". */
    public String getRangeText() {
        return shownFrom == null ? "" : figures.text("console.dashboard.range", figures.date(shownFrom),
                figures.date(shownTo));
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
