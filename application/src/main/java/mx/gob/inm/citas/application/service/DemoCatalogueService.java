package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.SeedDemoCatalogueUseCase;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.State;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.LocalizedText;

/**
 * Seeds the demo catalogue shipped in {@code /demo/*.tsv}: the offices of all 32 states, the 22 procedures with
 * their requirements, a Monday–Friday 09:00–14:30 week of 30-minute slots per office, and the closures published
 * for federal offices. Runs only on an empty catalogue, in one transaction.
 */
@ApplicationScoped
@Transactional
public class DemoCatalogueService implements SeedDemoCatalogueUseCase {

    /** Humanitarian procedures are served only where the demo marks an office for them. */
    static final Set<ProcedureCode> HUMANITARIAN = Set.of(new ProcedureCode("CAMBIO-HUM"),
            new ProcedureCode("VISITANTE-HUM"));
    private static final TimeRange DEMO_HOURS = TimeRange.of("09:00", "14:30");
    private static final Duration DEMO_SLOT = Duration.ofMinutes(30);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;

    @Inject
    public DemoCatalogueService(OfficeRepository offices, ProcedureRepository procedures,
            ScheduleRepository schedules, ClosureRepository closures) {
        this.offices = offices;
        this.procedures = procedures;
        this.schedules = schedules;
        this.closures = closures;
    }

    /** For the CDI proxy only. */
    protected DemoCatalogueService() {
        this(null, null, null, null);
    }

    @Override
    public SeedReport seedIfEmpty() {
        if (offices.count() > 0) {
            return new SeedReport(0, 0, 0);
        }
        List<Procedure> catalogue = readProcedures();
        catalogue.forEach(procedures::save);
        Set<ProcedureCode> online = catalogue.stream().filter(Procedure::isBookableOnline).map(Procedure::code)
                .collect(Collectors.toSet());
        int officeCount = 0;
        for (List<String> row : rows("offices.tsv")) {
            Office office = Office.create(new OfficeId(row.get(0)), "Oficina de Representación " + row.get(3),
                    new State(row.get(1), row.get(2)), row.get(3), row.get(7), ZoneId.of(row.get(4)));
            offices.save(office);
            schedules.save(weekdays(office.id(), Integer.parseInt(row.get(5)), servedAt(online, "yes".equals(row.get(6)))));
            officeCount++;
        }
        List<Closure> published = rows("closures.tsv").stream().map(row -> Closure.nationwide(
                LocalDate.parse(row.get(0)), LocalDate.parse(row.get(1)), row.get(2))).toList();
        published.forEach(closures::save);
        return new SeedReport(officeCount, catalogue.size(), published.size());
    }

    private static Set<ProcedureCode> servedAt(Set<ProcedureCode> online, boolean humanitarian) {
        return online.stream().filter(code -> humanitarian || !HUMANITARIAN.contains(code))
                .collect(Collectors.toSet());
    }

    private static WeeklySchedule weekdays(OfficeId office, int places, Set<ProcedureCode> served) {
        return new WeeklySchedule(office, WEEKDAYS.stream()
                .map(day -> new OpeningPeriod(day, DEMO_HOURS, DEMO_SLOT, places, served)).toList());
    }

    private static List<Procedure> readProcedures() {
        Map<String, List<String>> heads = new LinkedHashMap<>();
        Map<String, List<LocalizedText>> requirements = new LinkedHashMap<>();
        for (List<String> row : rows("procedures.tsv")) {
            if ("P".equals(row.get(0))) {
                heads.put(row.get(1), row);
            } else {
                requirements.computeIfAbsent(row.get(1), code -> new ArrayList<>())
                        .add(new LocalizedText(row.get(2), row.get(3)));
            }
        }
        return heads.values().stream().map(head -> Procedure.create(new ProcedureCode(head.get(1)),
                new LocalizedText(head.get(4), head.get(5)), Duration.ofMinutes(Integer.parseInt(head.get(2))),
                requirements.getOrDefault(head.get(1), List.of()), "yes".equals(head.get(3)))).toList();
    }

    /** The tab-separated rows of a demo file, without comments and blank lines. */
    private static List<List<String>> rows(String file) {
        try (InputStream in = DemoCatalogueService.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The demo file /demo/" + file + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> List.of(line.split("\t", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
