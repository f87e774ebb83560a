package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import mx.gob.inm.citas.adapters.web.export.Sheet;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;

/**
 * The dashboard's two exports as sheets: the national table (with its totals) and an office's per-day table. What
 * the figures are of is written inside the file, above the table: the office, the filters, the range of days, the
 * time the figures are of and when the file was made, with the time zone. Counts are number cells, days date cells,
 * percentages numbers with one decimal (empty where there is no figure).
 */
final class DashboardSheets {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private DashboardSheets() {
    }

    /** The national table as filtered ({@code state}: the state's name, empty for all). */
    static Sheet national(NationalDashboard dashboard, Optional<String> state, Instant generated, ZoneId zone,
            Figures figures, ProcedureNames procedures) {
        List<String> preamble = List.of(figures.text("console.dashboard.national.title"),
                figures.text("console.dashboard.export.state", state.orElse(figures.text("console.dashboard.all"))),
                figures.text("console.dashboard.export.procedure",
                        procedures.described(dashboard.query().procedure())),
                figures.text("console.dashboard.export.asOf", stamp(dashboard.asOf(), zone), zone.getId()),
                figures.text("console.dashboard.export.localDays"),
                figures.text("console.dashboard.export.generated", stamp(generated, zone), zone.getId()));
        List<String> headers = headers(figures, "office", "officeId", "state", "offered7", "booked7", "free7",
                "utilisation7", "offered30", "booked30", "free30", "utilisation30", "nextFree", "daysAway",
                "nextFreeFor", "attended28", "noShows28", "noShowRate28", "cancelledByApplicant28",
                "cancelledByOffice28", "alert");
        List<List<Object>> rows = new ArrayList<>();
        for (OfficeRow row : dashboard.offices()) {
            List<Object> cells = new ArrayList<>(List.of(row.name(), row.office().value(), row.stateName()));
            cells.addAll(places(row.nextShortRange()));
            cells.addAll(places(row.nextLongRange()));
            cells.add(row.nextFree().map(NextFreeDate::date).orElse(null));
            cells.add(row.nextFree().map(NextFreeDate::daysAway).orElse(null));
            cells.add(row.nextFreeFor().map(procedures::of).orElse(null));
            cells.addAll(attendance(row.pastDays()));
            cells.add(figures.text("console.dashboard.alert." + row.alert().name()));
            rows.add(cells);
        }
        List<Object> totals = new ArrayList<>(Arrays.asList(figures.text("console.dashboard.totals"), null, null));
        totals.addAll(places(dashboard.totalShortRange()));
        totals.addAll(places(dashboard.totalLongRange()));
        totals.addAll(Arrays.asList(null, null, null));
        totals.addAll(attendance(dashboard.totalPastDays()));
        totals.add(null);
        rows.add(totals);
        return new Sheet(figures.text("console.dashboard.export.nationalName", dashboard.asOf().atZone(zone)
                .toLocalDate().toString()), preamble, headers, rows);
    }

    /** The office's per-day table: a row per day for all procedures, then one per procedure offered. */
    static Sheet office(OfficeDashboard dashboard, Instant generated, Figures figures, ProcedureNames procedures) {
        ZoneId zone = dashboard.timeZone();
        List<String> preamble = List.of(
                figures.text("console.dashboard.export.office", dashboard.name(), dashboard.office().value()),
                figures.text("console.dashboard.export.range", dashboard.from().toString(),
                        dashboard.to().toString()),
                figures.text("console.dashboard.export.procedure",
                        procedures.described(dashboard.procedure().map(p -> p.value()))),
                figures.text("console.dashboard.export.zone", zone.getId()),
                figures.text("console.dashboard.export.asOf", stamp(dashboard.asOf(), zone), zone.getId()),
                figures.text("console.dashboard.export.generated", stamp(generated, zone), zone.getId()));
        List<String> headers = headers(figures, "day", "procedure", "procedureCode", "offered", "booked", "free",
                "utilisation", "appointments", "attended", "noShows", "noShowRate");
        List<List<Object>> rows = new ArrayList<>();
        for (DayFigures day : dashboard.days()) {
            rows.add(Arrays.asList(day.day(), procedures.of(day.procedure()),
                    day.procedure().map(p -> p.value()).orElse(null), day.offered(), day.booked(), day.free(),
                    percent(day.utilisation().ratio()), day.appointments(), day.attended(), day.noShows(),
                    percent(day.noShowRate().ratio())));
        }
        return new Sheet(figures.text("console.dashboard.export.officeName", dashboard.office().value(),
                dashboard.from().toString(), dashboard.to().toString()), preamble, headers, rows);
    }

    private static List<String> headers(Figures figures, String... keys) {
        return Arrays.stream(keys).map(k -> figures.text("console.dashboard.column." + k)).toList();
    }

    private static List<Object> places(PlaceCounts places) {
        return Arrays.asList(places.offered(), places.booked(), places.free(),
                percent(places.utilisation().ratio()));
    }

    private static List<Object> attendance(Attendance attendance) {
        return Arrays.asList(attendance.attended(), attendance.noShows(), percent(attendance.noShowRate().ratio()),
                attendance.cancelledByApplicant(), attendance.cancelledByOffice());
    }

    /** A ratio as a percentage with one decimal (0.952 → 95.2); null, an empty cell, without a figure. */
    static BigDecimal percent(OptionalDouble ratio) {
        return ratio.isPresent() ? BigDecimal.valueOf(ratio.getAsDouble() * 100).setScale(1, RoundingMode.HALF_UP)
                : null;
    }

    private static String stamp(Instant instant, ZoneId zone) {
        return STAMP.format(instant.atZone(zone));
    }
}
