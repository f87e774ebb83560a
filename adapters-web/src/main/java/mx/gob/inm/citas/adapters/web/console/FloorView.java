package mx.gob.inm.citas.adapters.web.console;

import static mx.gob.inm.citas.adapters.web.console.ConsoleAttempt.attempt;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.application.port.in.ConfigureFloorUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.ManageCatalogueUseCase;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * An office's floor ({@code ?office=…}), beside its weekly schedule: the pools of walk-in tokens (fichas) with their
 * daily quotas, days with their own number of tokens, the service windows and what each serves, and the turn
 * appointments and walk-ins take. Each part is saved on its own, on the version the page read: a change someone
 * else saved meanwhile is reported ("reload and redo"), never overwritten.
 */
@Named("floor")
@ViewScoped
public class FloorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day with its own number of tokens of one pool. */
    public record DayRow(LocalDate day, char letter, int tokens, String dayText) implements Serializable {

        public String getDay() {
            return day.toString();
        }

        public String getLetter() {
            return String.valueOf(letter);
        }

        public int getTokens() {
            return tokens;
        }

        public String getDayText() {
            return dayText;
        }
    }

    @Inject
    transient ConfigureFloorUseCase floors;

    @Inject
    transient ConfigureOfficesUseCase offices;

    @Inject
    transient ManageCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    private String office;
    /** The office whose floor the page holds, fixed when it loads: a post cannot point it elsewhere. */
    private String loaded;
    private List<Office> readable = List.of();
    private Map<String, String> procedureNames = Map.of();
    private boolean refused;
    private long version;
    private List<PoolRow> pools = new ArrayList<>();
    private List<WindowRow> windows = new ArrayList<>();
    private List<DayRow> days = List.of();
    private String newDay;
    private String newDayLetter;
    private Integer newDayTokens;
    private Integer ratioAppointments = QueueRatio.DEFAULT.appointments();
    private Integer ratioWalkIns = QueueRatio.DEFAULT.walkIns();
    private boolean conversion;
    private Integer conversionMinutes = 30;

    public void load() {
        readable = offices.offices(staff.member());
        if (office == null || office.isBlank()) {
            office = readable.isEmpty() ? null : readable.get(0).id().value();
        }
        procedureNames = catalogue.procedures(staff.member()).stream().collect(Collectors.toMap(
                p -> p.code().value(), p -> p.code().value() + " · " + p.name().in(language.current()),
                (a, b) -> a, TreeMap::new));
        loaded = office;
        if (loaded != null) {
            reload();
        }
    }

    private void reload() {
        attempt(() -> show(floors.floor(staff.member(), loaded)), loaded, this::deny);
    }

    private void show(OfficeFloor floor) {
        version = floor.version();
        pools = floor.pools().stream().map(PoolRow::of).collect(Collectors.toCollection(ArrayList::new));
        windows = floor.windows().stream().map(WindowRow::of).collect(Collectors.toCollection(ArrayList::new));
        days = floor.dayTokens().entrySet().stream().flatMap(e -> e.getValue().entrySet().stream()
                .map(t -> new DayRow(e.getKey(), t.getKey(), t.getValue(), Texts.date(e.getKey())))).toList();
        ratioAppointments = floor.ratio().appointments();
        ratioWalkIns = floor.ratio().walkIns();
        conversion = floor.conversionLead().isPresent();
        conversionMinutes = floor.conversionLead().map(d -> (int) d.toMinutes()).orElse(30);
        newDayLetter = pools.isEmpty() ? null : pools.get(0).getLetter();
    }

    public void addPool() {
        pools.add(pools.isEmpty() ? new PoolRow() : pools.get(pools.size() - 1).next());
    }

    public void removePool(PoolRow row) {
        pools.remove(row);
    }

    public void savePools() {
        Optional<List<WalkInPool>> read = rows(pools, PoolRow::toPool, PoolRow::setError);
        read.ifPresent(list -> change(() -> floors.offerWalkIns(staff.member(), loaded, list, version),
                "console.floor.poolsSaved"));
    }

    public void addWindow() {
        windows.add(windows.isEmpty() ? new WindowRow() : windows.get(windows.size() - 1).next());
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
    }

    public void saveWindows() {
        Optional<List<ServiceWindow>> read = rows(windows, WindowRow::toWindow, WindowRow::setError);
        read.ifPresent(list -> change(() -> floors.arrangeWindows(staff.member(), loaded, list, version),
                "console.floor.windowsSaved"));
    }

    public void saveTurns() {
        if (ratioAppointments == null || ratioWalkIns == null || (conversion && conversionMinutes == null)) {
            Texts.error(ratioAppointments == null || ratioWalkIns == null ? "floorForm:ratioAppointments"
                    : "floorForm:conversionMinutes", "console.floor.wholeNumber");
            return;
        }
        Optional<Duration> lead = conversion ? Optional.of(Duration.ofMinutes(conversionMinutes)) : Optional.empty();
        change(() -> floors.takeTurns(staff.member(), loaded, new QueueRatio(ratioAppointments, ratioWalkIns), lead,
                version), "console.floor.turnsSaved", Map.of("queueRatio", "floorForm:ratioAppointments",
                "floor", "floorForm:conversionMinutes"));
    }

    public void saveDay() {
        LocalDate day;
        try {
            day = LocalDate.parse(newDay == null ? "" : newDay.strip());
        } catch (DateTimeException e) {
            Texts.error("floorForm:newDay", "console.floor.dayRequired");
            return;
        }
        if (newDayLetter == null || newDayLetter.length() != 1) {
            Texts.error("floorForm:newDayLetter", "console.floor.poolRequired");
            return;
        }
        if (newDayTokens == null) {
            Texts.error("floorForm:newDayTokens", "console.floor.wholeNumber");
            return;
        }
        change(() -> floors.setDayTokens(staff.member(), loaded, day, newDayLetter.charAt(0),
                Optional.of(newDayTokens), version), "console.floor.daySaved",
                Map.of("pool", "floorForm:newDayTokens", "floor", "floorForm:newDayLetter"));
    }

    public void removeDay(DayRow row) {
        change(() -> floors.setDayTokens(staff.member(), loaded, row.day(), row.letter(), Optional.empty(),
                version), "console.floor.dayRemoved");
    }

    private <R, T> Optional<List<T>> rows(List<R> rows, Function<R, T> read,
            java.util.function.BiConsumer<R, String> error) {
        List<T> values = new ArrayList<>();
        boolean valid = true;
        for (R row : rows) {
            try {
                values.add(read.apply(row));
                error.accept(row, null);
            } catch (InvalidValueException e) {
                error.accept(row, RefusalMessages.forConsole(e.code(), e.arguments(), Texts.locale()));
                valid = false;
            } catch (IllegalArgumentException e) {
                error.accept(row, RefusalMessages.forConsole(DomainException.UNSPECIFIED, List.of(),
                        Texts.locale()));
                valid = false;
            }
        }
        if (!valid) {
            Texts.error(null, "console.schedule.fixRows");
            return Optional.empty();
        }
        return Optional.of(values);
    }

    private void change(java.util.function.Supplier<OfficeFloor> step, String savedKey) {
        change(step, savedKey, Map.of());
    }

    private void change(java.util.function.Supplier<OfficeFloor> step, String savedKey, Map<String, String> fields) {
        OfficeFloor[] saved = new OfficeFloor[1];
        if (attempt(() -> saved[0] = step.get(), loaded, this::deny, fields)) {
            show(saved[0]);
            Texts.info(savedKey, getOfficeName());
        }
    }

    /** Back to the floor as stored, dropping what was typed (after someone else's change, say). */
    public void discard() {
        reload();
    }

    private void deny() {
        refused = true;
        pools = new ArrayList<>();
        windows = new ArrayList<>();
        days = List.of();
    }

    /** Whether the member may change this office's floor (a supervisor only reads it). */
    public boolean isWritable() {
        return loaded != null && !refused && staff.member().mayWorkIn(new OfficeId(loaded));
    }

    public String getOfficeName() {
        return loadedOffice().map(Office::name).orElse(loaded);
    }

    private Optional<Office> loadedOffice() {
        return readable.stream().filter(o -> o.id().value().equals(loaded)).findFirst();
    }

    public List<Office> getOffices() {
        return readable;
    }

    public Map<String, String> getProcedureNames() {
        return procedureNames;
    }

    public List<String> getProcedureCodes() {
        return List.copyOf(procedureNames.keySet());
    }

    /** The letters of the pools saved, for the day form. */
    public List<String> getPoolLetters() {
        return pools.stream().map(PoolRow::getLetter).toList();
    }

    public List<PoolRow> getPools() {
        return pools;
    }

    public List<WindowRow> getWindows() {
        return windows;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getNewDay() {
        return newDay;
    }

    public void setNewDay(String newDay) {
        this.newDay = newDay;
    }

    public String getNewDayLetter() {
        return newDayLetter;
    }

    public void setNewDayLetter(String newDayLetter) {
        this.newDayLetter = newDayLetter;
    }

    public Integer getNewDayTokens() {
        return newDayTokens;
    }

    public void setNewDayTokens(Integer newDayTokens) {
        this.newDayTokens = newDayTokens;
    }

    public Integer getRatioAppointments() {
        return ratioAppointments;
    }

    public void setRatioAppointments(Integer ratioAppointments) {
        this.ratioAppointments = ratioAppointments;
    }

    public Integer getRatioWalkIns() {
        return ratioWalkIns;
    }

    public void setRatioWalkIns(Integer ratioWalkIns) {
        this.ratioWalkIns = ratioWalkIns;
    }

    public boolean isConversion() {
        return conversion;
    }

    public void setConversion(boolean conversion) {
        this.conversion = conversion;
    }

    public Integer getConversionMinutes() {
        return conversionMinutes;
    }

    public void setConversionMinutes(Integer conversionMinutes) {
        this.conversionMinutes = conversionMinutes;
    }
}
