package mx.gob.inm.citas.adapters.web.console;

import static mx.gob.inm.citas.adapters.web.console.ConsoleAttempt.attempt;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import mx.gob.inm.citas.adapters.web.pages.PageLanguage;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.Displaced;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.ScheduleSheet;
import mx.gob.inm.citas.application.port.in.ManageCatalogueUseCase;
import mx.gob.inm.citas.application.port.in.ScheduleChangeRefusedException;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;

/**
 * An office's week ({@code ?office=…}): one row per opening period (weekday, hours, slot length, places per slot,
 * procedures served), rows added as copies for the next weekday. Saving a week that would drop booked
 * appointments is refused and lists them; a week someone else saved meanwhile is reported, never overwritten.
 */
@Named("schedule")
@ViewScoped
public class ScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One appointment the refused week would drop, with why, in the page's language. */
    public record DisplacedRow(AgendaRow appointment, String why) implements Serializable {

        public AgendaRow getAppointment() {
            return appointment;
        }

        public String getWhy() {
            return why;
        }
    }

    @Inject
    transient ConfigureScheduleUseCase schedules;

    @Inject
    transient ConfigureOfficesUseCase offices;

    @Inject
    transient ManageCatalogueUseCase catalogue;

    @Inject
    CurrentStaff staff;

    @Inject
    PageLanguage language;

    private String office;
    /** The office whose week the form holds, fixed when the page loads: a post cannot point it elsewhere. */
    private String loaded;
    private List<Office> readable = List.of();
    private Map<String, String> procedureNames = Map.of();
    private boolean refused;
    private long revision;
    private List<PeriodRow> rows = new ArrayList<>();
    private List<DisplacedRow> displaced = List.of();

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
        attempt(() -> {
            ScheduleSheet sheet = schedules.schedule(staff.member(), loaded);
            revision = sheet.revision();
            rows = sheet.schedule().periods().stream().map(PeriodRow::of)
                    .collect(Collectors.toCollection(ArrayList::new));
        }, loaded, this::deny);
    }

    public void addRow() {
        rows.add(rows.isEmpty() ? new PeriodRow() : rows.get(rows.size() - 1).copyForNextDay());
        displaced = List.of();
    }

    public void removeRow(PeriodRow row) {
        rows.remove(row);
        displaced = List.of();
    }

    public void save() {
        displaced = List.of();
        List<OpeningPeriod> periods = new ArrayList<>();
        boolean valid = true;
        for (PeriodRow row : rows) {
            try {
                periods.add(row.toPeriod());
                row.setError(null);
            } catch (InvalidValueException e) {
                row.setError(RefusalMessages.forConsole(e.code(), e.arguments(), Texts.locale()));
                valid = false;
            } catch (IllegalArgumentException e) {
                row.setError(RefusalMessages.forConsole(DomainException.UNSPECIFIED, List.of(), Texts.locale()));
                valid = false;
            }
        }
        if (!valid) {
            Texts.error(null, "console.schedule.fixRows");
            return;
        }
        boolean[] saved = new boolean[1];
        attempt(() -> {
            try {
                schedules.change(staff.member(), loaded, periods, revision);
                saved[0] = true;
            } catch (ScheduleChangeRefusedException e) {
                displaced = e.displaced().stream().map(this::row).toList();
            }
        }, loaded, () -> { });
        if (saved[0]) {
            Texts.info("console.schedule.saved", loaded);
            reload();
        } else if (!displaced.isEmpty()) {
            Texts.error(null, "console.schedule.wouldDrop", displaced.size());
        }
    }

    /** Back to the week as stored, dropping what was typed (after someone else's change, say). */
    public void discard() {
        displaced = List.of();
        reload();
    }

    private DisplacedRow row(Displaced d) {
        AgendaRow appointment = AgendaRow.of(d.appointment(), readable,
                procedureNames.getOrDefault(d.appointment().procedure().value(), d.appointment().procedure().value()));
        return new DisplacedRow(appointment, Texts.text("console.schedule.why." + d.why().name(), d.booked(),
                d.places()));
    }

    private void deny() {
        refused = true;
        rows = new ArrayList<>();
    }

    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }

    public String dayName(String day) {
        return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, Texts.locale());
    }

    /** Whether the member may change this office's week (a supervisor only reads it). */
    public boolean isWritable() {
        return loaded != null && !refused && staff.member().mayWorkIn(new OfficeId(loaded));
    }

    public String getOfficeName() {
        return loadedOffice().map(Office::name).orElse(loaded);
    }

    public String getOfficeZone() {
        return loadedOffice().map(o -> Texts.zone(o.timeZone())).orElse("");
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

    public List<PeriodRow> getRows() {
        return rows;
    }

    public List<DisplacedRow> getDisplaced() {
        return displaced;
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
}
