package mx.gob.inm.citas.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.DayVisits;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * The visit samples of office-days for the dashboards, keeping those of days gone by. A national view covers every
 * office's last four weeks, and reading all their visits at each refresh costs more than the rest of the view; but
 * the visits of a day that is over hardly change. So the samples of a day before the office's yesterday are read once
 * and kept (at most {@value #KEPT_DAYS} office-days, the least recently read dropped first), and every read first asks
 * the visit log which office-days had a step since the last read (less a margin for transactions still open then)
 * and drops those: a visit of an old day ended late on the agenda, on any instance, is counted at the next read.
 * Today's and yesterday's visits are read each time.
 */
final class FloorSamples {

    /** Office-days kept: 120 days of 400 offices. */
    static final int KEPT_DAYS = 48_000;
    /** A step logged this long before the last read, and committed only after it, is still seen. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final FloorStatistics statistics;
    private final Clock clock;
    private final Map<VisitDay, List<DayVisits>> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VisitDay, List<DayVisits>> eldest) {
            return size() > KEPT_DAYS;
        }
    };
    private Instant lastRead;

    FloorSamples(FloorStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * The samples of every office-day of {@code days}, per procedure (an office-day without visits has an empty
     * list); {@code todayOf} gives each office's local date now.
     */
    Map<VisitDay, List<DayVisits>> of(Collection<OfficeDays> days, Function<OfficeId, LocalDate> todayOf) {
        forgetChanged();
        Map<VisitDay, List<DayVisits>> samples = new HashMap<>();
        List<OfficeDays> toRead = new ArrayList<>();
        Map<OfficeId, LocalDate> settledUntil = new HashMap<>();
        synchronized (kept) {
            for (OfficeDays period : days) {
                LocalDate lastSettled = todayOf.apply(period.office()).minusDays(2);
                settledUntil.put(period.office(), lastSettled);
                LocalDate firstToRead = null;
                for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                    VisitDay key = new VisitDay(period.office(), day);
                    List<DayVisits> known = day.isAfter(lastSettled) ? null : kept.get(key);
                    if (known == null) {
                        firstToRead = day;
                        break;
                    }
                    samples.put(key, known);
                }
                if (firstToRead != null) {
                    toRead.add(new OfficeDays(period.office(), firstToRead, period.to()));
                }
            }
        }
        if (toRead.isEmpty()) {
            return samples;
        }
        Map<VisitDay, List<DayVisits>> read = new HashMap<>();
        for (OfficeDays period : toRead) {
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                read.put(new VisitDay(period.office(), day), new ArrayList<>());
            }
        }
        statistics.dayVisits(toRead).forEach(v -> read.get(v.day()).add(v));
        synchronized (kept) {
            read.forEach((day, visits) -> {
                List<DayVisits> fixed = List.copyOf(visits);
                samples.put(day, fixed);
                if (!day.day().isAfter(settledUntil.get(day.office()))) {
                    kept.put(day, fixed);
                }
            });
        }
        return samples;
    }

    /** Drops the kept office-days that the log says changed since the last read. */
    private void forgetChanged() {
        Instant now = clock.instant();
        Instant since;
        synchronized (kept) {
            since = lastRead;
            lastRead = now;
            if (since == null || kept.isEmpty()) {
                return;
            }
        }
        Set<VisitDay> changed = statistics.daysChangedSince(since.minus(MARGIN));
        synchronized (kept) {
            kept.keySet().removeAll(changed);
        }
    }

    /** How many office-days are kept (for tests). */
    int kept() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
