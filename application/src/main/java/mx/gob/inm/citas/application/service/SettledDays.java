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
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Figures of office-days for the dashboards, keeping those of days gone by. A national view covers every office's
 * last four weeks, and reading all of them at each refresh costs more than the rest of the view; but what happened on
 * a day that is over hardly changes. So the figures of a day before the office's yesterday are read once and kept (at
 * most {@value #KEPT_DAYS} office-days, the least recently read dropped first), and every read first asks the
 * source's log which office-days changed since the last read (less a margin for transactions still open then) and
 * drops those: a change made late, on any instance, is counted at the next read. Today's and yesterday's figures are
 * read each time.
 *
 * @param <V> the figures of one office-day
 */
final class SettledDays<V> {

    /** Where the figures come from. */
    interface Source<V> {

        /** The figures of the office-days of {@code periods} that have any (the others are the empty figures). */
        Map<VisitDay, V> read(List<OfficeDays> periods);

        /** The office-days whose figures changed at or after {@code since}. */
        Set<VisitDay> changedSince(Instant since);
    }

    /** Office-days kept: 120 days of 400 offices. */
    static final int KEPT_DAYS = 48_000;
    /** A change logged this long before the last read, and committed only after it, is still seen. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final Source<V> source;
    private final V empty;
    private final Clock clock;
    private final Map<VisitDay, V> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VisitDay, V> eldest) {
            return size() > KEPT_DAYS;
        }
    };
    private Instant lastRead;

    SettledDays(Source<V> source, V empty, Clock clock) {
        this.source = source;
        this.empty = empty;
        this.clock = clock;
    }

    /**
     * The figures of every office-day of {@code days} (an office-day without any has the empty figures);
     * {@code todayOf} gives each office's local date now.
     */
    Map<VisitDay, V> of(Collection<OfficeDays> days, Function<OfficeId, LocalDate> todayOf) {
        forgetChanged();
        Map<VisitDay, V> figures = new HashMap<>();
        List<OfficeDays> toRead = new ArrayList<>();
        Map<OfficeId, LocalDate> settledUntil = new HashMap<>();
        synchronized (kept) {
            for (OfficeDays period : days) {
                LocalDate lastSettled = todayOf.apply(period.office()).minusDays(2);
                settledUntil.put(period.office(), lastSettled);
                LocalDate firstToRead = null;
                for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                    VisitDay key = new VisitDay(period.office(), day);
                    V known = day.isAfter(lastSettled) ? null : kept.get(key);
                    if (known == null) {
                        firstToRead = day;
                        break;
                    }
                    figures.put(key, known);
                }
                if (firstToRead != null) {
                    toRead.add(new OfficeDays(period.office(), firstToRead, period.to()));
                }
            }
        }
        if (toRead.isEmpty()) {
            return figures;
        }
        Map<VisitDay, V> read = source.read(toRead);
        synchronized (kept) {
            for (OfficeDays period : toRead) {
                for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                    VisitDay key = new VisitDay(period.office(), day);
                    V found = read.getOrDefault(key, empty);
                    figures.put(key, found);
                    if (!day.isAfter(settledUntil.get(period.office()))) {
                        kept.put(key, found);
                    }
                }
            }
        }
        return figures;
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
        Set<VisitDay> changed = source.changedSince(since.minus(MARGIN));
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
