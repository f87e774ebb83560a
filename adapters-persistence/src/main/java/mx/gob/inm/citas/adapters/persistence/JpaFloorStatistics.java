package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Adapter: the floor's figures from {@code visit}, {@code walk_in_tally} and the pools (V19), in native SQL that H2
 * (in Oracle mode) and Oracle both speak. The visits' figures are one {@code GROUP BY} each, with the median and
 * 90th percentile of the wait (first call − queued) and of the service (finished − started, of the visits served)
 * computed by {@code PERCENTILE_CONT … WITHIN GROUP}, which leaves out the visits without the duration (a null). The
 * durations are V20's generated columns {@code wait_seconds} and {@code service_seconds}, and every column read is in
 * {@code ix_visit_figures}: the figures come from the index alone. The period is written as one condition per
 * distinct range of days, each with the offices on it ({@code office_id IN}). A check-in undone ({@code WITHDRAWN})
 * is no visit.
 */
@ApplicationScoped
class JpaFloorStatistics implements FloorStatistics {

    /** The figures' columns, in the order {@link #figures(Object[], int)} reads them. */
    static final String FIGURES = "COUNT(*), SUM(CASE WHEN kind = 'WALK_IN' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN status = 'FINISHED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN status = 'NO_SHOW' THEN 1 ELSE 0 END),"
            + " COUNT(wait_seconds), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY wait_seconds),"
            + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY wait_seconds), AVG(wait_seconds),"
            + " COUNT(service_seconds), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY service_seconds),"
            + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY service_seconds), AVG(service_seconds)";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaFloorStatistics() {
    }

    JpaFloorStatistics(EntityManager em) {
        this.em = em;
    }

    @Override
    public FloorVisits visits(Collection<OfficeDays> days, Optional<ProcedureCode> procedure) {
        if (days.isEmpty()) {
            return FloorVisits.NONE;
        }
        Object[] row = (Object[]) visitQuery("SELECT " + FIGURES, days, procedure, "").getSingleResult();
        return figures(row, 0);
    }

    @Override
    public Map<OfficeId, FloorVisits> visitsByOffice(Collection<OfficeDays> days, Optional<ProcedureCode> procedure) {
        Map<OfficeId, FloorVisits> byOffice = new HashMap<>();
        if (!days.isEmpty()) {
            for (Object row : visitQuery("SELECT office_id, " + FIGURES, days, procedure, " GROUP BY office_id")
                    .getResultList()) {
                Object[] columns = (Object[]) row;
                byOffice.put(new OfficeId((String) columns[0]), figures(columns, 1));
            }
        }
        return byOffice;
    }

    @Override
    public Map<ProcedureCode, FloorVisits> visitsByProcedure(Collection<OfficeDays> days) {
        Map<ProcedureCode, FloorVisits> byProcedure = new HashMap<>();
        if (!days.isEmpty()) {
            for (Object row : visitQuery("SELECT procedure_code, " + FIGURES, days, Optional.empty(),
                    " GROUP BY procedure_code").getResultList()) {
                Object[] columns = (Object[]) row;
                byProcedure.put(new ProcedureCode((String) columns[0]), figures(columns, 1));
            }
        }
        return byProcedure;
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
     * {@code select} over the visits of {@code days}: one condition per distinct range, {@code (office_id IN (…) AND
     * service_day BETWEEN ? AND ?)}, usually one for the whole country (two or three near midnight, when offices in
     * other zones are on another day).
     */
    private Query visitQuery(String select, Collection<OfficeDays> days, Optional<ProcedureCode> procedure,
            String groupBy) {
        Map<List<LocalDate>, List<String>> ranges = new LinkedHashMap<>();
        byOffice(days).values().stream().sorted(Comparator.comparing(d -> d.office().value()))
                .forEach(d -> ranges.computeIfAbsent(List.of(d.from(), d.to()), r -> new ArrayList<>())
                        .add(d.office().value()));
        StringBuilder sql = new StringBuilder(select).append(" FROM visit WHERE status <> 'WITHDRAWN' AND (");
        List<Object> parameters = new ArrayList<>();
        String or = "";
        for (Map.Entry<List<LocalDate>, List<String>> range : ranges.entrySet()) {
            sql.append(or).append("(office_id IN (").append(marks(range.getValue().size()))
                    .append(") AND service_day BETWEEN ? AND ?)");
            parameters.addAll(range.getValue());
            parameters.addAll(range.getKey());
            or = " OR ";
        }
        sql.append(")");
        if (procedure.isPresent()) {
            sql.append(" AND procedure_code = ?");
            parameters.add(procedure.get().value());
        }
        return bound(sql.append(groupBy).toString(), parameters);
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

    /** The figures' columns from {@code at} on ({@link #FIGURES}): numbers of whatever type the driver gives. */
    private static FloorVisits figures(Object[] row, int at) {
        return new FloorVisits(NativeColumns.longValue(row[at]), NativeColumns.longValue(row[at + 1]),
                NativeColumns.longValue(row[at + 2]), NativeColumns.longValue(row[at + 3]),
                durations(row, at + 4), durations(row, at + 8));
    }

    private static DurationFigures durations(Object[] row, int at) {
        return DurationFigures.ofSeconds(NativeColumns.longValue(row[at]), number(row[at + 1]), number(row[at + 2]),
                number(row[at + 3]));
    }

    private static OptionalDouble number(Object value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) value).doubleValue());
    }
}
