package mx.gob.inm.citas.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.DayVisits;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;

/**
 * The visit samples of office-days for the dashboards, per procedure, those of days gone by kept ({@link SettledDays});
 * the visit log says which old office-days had a step since the last read (a visit of an old day ended late on the
 * agenda).
 */
final class FloorSamples implements SettledDays.Source<List<DayVisits>> {

    private final FloorStatistics statistics;

    private FloorSamples(FloorStatistics statistics) {
        this.statistics = statistics;
    }

    /** The samples of {@code statistics}, kept. */
    static SettledDays<List<DayVisits>> over(FloorStatistics statistics, Clock clock) {
        return new SettledDays<>(new FloorSamples(statistics), List.of(), clock);
    }

    @Override
    public Map<VisitDay, List<DayVisits>> read(List<OfficeDays> periods) {
        Map<VisitDay, List<DayVisits>> read = new HashMap<>();
        statistics.dayVisits(periods).forEach(v -> read.computeIfAbsent(v.day(), d -> new ArrayList<>()).add(v));
        read.replaceAll((day, visits) -> List.copyOf(visits));
        return read;
    }

    @Override
    public Set<VisitDay> changedSince(Instant since) {
        return statistics.daysChangedSince(since);
    }
}
