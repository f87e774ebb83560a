package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Adapter: what the floor's figures are made of, from {@code visit}, {@code visit_event}, {@code walk_in_tally} and
 * the pools (V19), in native SQL that H2 (in Oracle mode) and Oracle both speak. The visits' samples are read from
 * {@code ix_visit_day_figures} alone (V21: it holds the day, office, status, kind, procedure and V20's generated
 * {@code wait_seconds} and {@code service_seconds}), never the visits' rows, one range of days at a time. The
 * office-days changed since a moment come from the log's {@code ix_visit_event_time} (V21). A
 * check-in undone ({@code WITHDRAWN}) is no visit.
 */
@ApplicationScoped
class JpaFloorStatistics implements FloorStatistics {

    /** The columns of a visit's sample, in the order {@link #dayVisits} reads them. */
    static final String SAMPLE = "office_id, service_day, procedure_code, kind, status, wait_seconds, service_seconds";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaFloorStatistics() {
    }

    JpaFloorStatistics(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DayVisits> dayVisits(Collection<OfficeDays> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        record Key(String office, LocalDate day, String procedure) {
        }
        final class Tally {
            long visits;
            long walkIns;
            long served;
            long noShows;
            final List<Long> waits = new ArrayList<>();
            final List<Long> services = new ArrayList<>();
        }
        Map<Key, Tally> tallies = new HashMap<>();
        Map<OfficeId, OfficeDays> asked = byOffice(days);
        for (Object row : visitQueries("SELECT " + SAMPLE, days).stream().flatMap(q -> q.getResultList().stream())
                .toList()) {
            Object[] c = (Object[]) row;
            OfficeDays period = asked.get(new OfficeId((String) c[0]));
            if (period == null || !period.includes(NativeColumns.day(c[1]))) {
                continue;
            }
            Tally t = tallies.computeIfAbsent(new Key((String) c[0], NativeColumns.day(c[1]), (String) c[2]),
                    k -> new Tally());
            t.visits++;
            t.walkIns += "WALK_IN".equals(c[3]) ? 1 : 0;
            t.served += "FINISHED".equals(c[4]) ? 1 : 0;
            t.noShows += "NO_SHOW".equals(c[4]) ? 1 : 0;
            if (c[5] != null) {
                t.waits.add(NativeColumns.longValue(c[5]));
            }
            if (c[6] != null) {
                t.services.add(NativeColumns.longValue(c[6]));
            }
        }
        List<DayVisits> visits = new ArrayList<>(tallies.size());
        tallies.forEach((k, t) -> visits.add(new DayVisits(new VisitDay(new OfficeId(k.office()), k.day()),
                new ProcedureCode(k.procedure()), new VisitSample(t.visits, t.walkIns, t.served, t.noShows,
                        t.waits.stream().mapToLong(Long::longValue).toArray(),
                        t.services.stream().mapToLong(Long::longValue).toArray()))));
        return visits;
    }

    @Override
    public Set<VisitDay> daysChangedSince(Instant since) {
        Set<VisitDay> changed = new HashSet<>();
        for (Object row : bound("SELECT DISTINCT office_id, service_day FROM visit_event WHERE happened_at >= ?",
                List.of(Utc.of(since))).getResultList()) {
            Object[] c = (Object[]) row;
            changed.add(new VisitDay(new OfficeId((String) c[0]), NativeColumns.day(c[1])));
        }
        return changed;
    }

    @Override
    public List<TokensIssued> tokensIssued(Collection<OfficeDays> days) {
        List<TokensIssued> issued = new ArrayList<>();
        if (days.isEmpty()) {
            return issued;
        }
        Map<OfficeId, OfficeDays> byOffice = byOffice(days);
        for (Object row : spanning("SELECT office_id, letter, service_day, issued FROM walk_in_tally", byOffice)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            OfficeId office = new OfficeId((String) columns[0]);
            LocalDate day = NativeColumns.day(columns[2]);
            if (byOffice.get(office).includes(day)) {
                issued.add(new TokensIssued(office, NativeColumns.letter(columns[1]), day,
                        NativeColumns.longValue(columns[3])));
            }
        }
        issued.sort(Comparator.comparing((TokensIssued t) -> t.office().value()).thenComparing(TokensIssued::letter)
                .thenComparing(TokensIssued::day));
        return issued;
    }

    @Override
    public List<PoolQuota> pools(Collection<OfficeDays> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        Map<OfficeId, OfficeDays> byOffice = byOffice(days);
        record Pool(String office, char letter) {
        }
        Map<Pool, Integer> daily = new TreeMap<>(Comparator.comparing(Pool::office).thenComparing(Pool::letter));
        for (Object row : offices("SELECT office_id, letter, daily_tokens FROM walk_in_pool", byOffice.keySet())
                .getResultList()) {
            Object[] columns = (Object[]) row;
            daily.put(new Pool((String) columns[0], NativeColumns.letter(columns[1])),
                    NativeColumns.integer(columns[2]));
        }
        Map<Pool, Set<ProcedureCode>> procedures = new HashMap<>();
        for (Object row : offices("SELECT office_id, letter, procedure_code FROM walk_in_pool_procedure",
                byOffice.keySet()).getResultList()) {
            Object[] columns = (Object[]) row;
            procedures.computeIfAbsent(new Pool((String) columns[0], NativeColumns.letter(columns[1])),
                    p -> new TreeSet<>(Comparator.comparing(ProcedureCode::value)))
                    .add(new ProcedureCode((String) columns[2]));
        }
        Map<Pool, Map<LocalDate, Integer>> own = new HashMap<>();
        for (Object row : spanning("SELECT office_id, letter, service_day, tokens FROM walk_in_day_tokens", byOffice)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            LocalDate day = NativeColumns.day(columns[2]);
            if (byOffice.get(new OfficeId((String) columns[0])).includes(day)) {
                own.computeIfAbsent(new Pool((String) columns[0], NativeColumns.letter(columns[1])),
                        p -> new HashMap<>()).put(day, NativeColumns.integer(columns[3]));
            }
        }
        List<PoolQuota> pools = new ArrayList<>();
        daily.forEach((pool, tokens) -> pools.add(new PoolQuota(new OfficeId(pool.office()), pool.letter(),
                procedures.getOrDefault(pool, Set.of()), tokens, own.getOrDefault(pool, Map.of()))));
        return pools;
    }

    /**
     * {@code select} over the visits of {@code days}, one query per distinct range of days (usually one for the whole
     * country; two or three near midnight, when offices in other zones are on another day). The days of one office
     * are that office's range of {@code ix_visit_status}; those of several are one range of
     * {@code ix_visit_day_figures}, every office's visits of those days, of which the caller keeps the offices asked
     * for (the database, given the offices too, would walk every day of each office in the office-led index).
     */
    private List<Query> visitQueries(String select, Collection<OfficeDays> days) {
        Map<List<LocalDate>, List<String>> ranges = new LinkedHashMap<>();
        byOffice(days).values().stream().sorted(Comparator.comparing(d -> d.office().value()))
                .forEach(d -> ranges.computeIfAbsent(List.of(d.from(), d.to()), r -> new ArrayList<>())
                        .add(d.office().value()));
        List<Query> queries = new ArrayList<>();
        ranges.forEach((range, offices) -> {
            List<Object> parameters = new ArrayList<>(range);
            String office = "";
            if (offices.size() == 1) {
                office = " AND office_id = ?";
                parameters.add(offices.get(0));
            }
            queries.add(bound(select + " FROM visit WHERE service_day BETWEEN ? AND ?" + office
                    + " AND status <> 'WITHDRAWN'", parameters));
        });
        return queries;
    }

    /** {@code select} over the rows of those offices from the first day to the last of any of them. */
    private Query spanning(String select, Map<OfficeId, OfficeDays> byOffice) {
        LocalDate first = byOffice.values().stream().map(OfficeDays::from).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = byOffice.values().stream().map(OfficeDays::to).max(Comparator.naturalOrder()).orElseThrow();
        List<Object> parameters = new ArrayList<>(byOffice.keySet().stream().map(OfficeId::value).toList());
        parameters.add(first);
        parameters.add(last);
        return bound(select + " WHERE office_id IN (" + marks(byOffice.size()) + ") AND service_day BETWEEN ? AND ?",
                parameters);
    }

    private Query offices(String select, Set<OfficeId> offices) {
        return bound(select + " WHERE office_id IN (" + marks(offices.size()) + ")",
                offices.stream().map(OfficeId::value).collect(Collectors.toList()));
    }

    private Query bound(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** One period per office (the last given wins: the port gives one). */
    private static Map<OfficeId, OfficeDays> byOffice(Collection<OfficeDays> days) {
        Map<OfficeId, OfficeDays> byOffice = new LinkedHashMap<>();
        days.forEach(d -> byOffice.put(d.office(), d));
        return byOffice;
    }
}
