package mx.gob.inm.citas.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeFloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.PoolFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureFloor;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.application.port.out.FloorStatistics.DayVisits;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.PoolQuota;
import mx.gob.inm.citas.application.port.out.FloorStatistics.TokensIssued;
import mx.gob.inm.citas.domain.capacity.WalkInQuota;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The dashboards' floor figures: the visits' samples ({@link FloorSamples}: those of days gone by kept, today's read
 * again) added up per office, per procedure or for the country, and each pool's tokens issued of its quota
 * ({@link WalkInQuota}) over the days its office was open, which only the office's week and closures tell
 * ({@code openDays}, asked only of offices that have pools).
 */
final class FloorFigureReader {

    /** The floor of each office and of them all. */
    record Country(Map<OfficeId, FloorFigures> perOffice, FloorFigures together) {
    }

    private final FloorStatistics statistics;
    private final SettledDays<List<DayVisits>> samples;

    FloorFigureReader(FloorStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.samples = FloorSamples.over(statistics, clock);
    }

    /**
     * Each office's floor over its days (an office with neither visits nor tokens has {@link FloorFigures#NONE}), and
     * the offices together: the percentiles over all their visits, the tokens summed.
     */
    Country national(Collection<OfficeDays> days, Optional<ProcedureCode> procedure,
            Function<OfficeId, LocalDate> todayOf, Function<OfficeDays, Set<LocalDate>> openDays) {
        Map<OfficeId, List<VisitSample>> byOffice = new HashMap<>();
        samples.of(days, todayOf).forEach((day, visits) -> visits.stream()
                .filter(v -> procedure.isEmpty() || procedure.get().equals(v.procedure()))
                .forEach(v -> byOffice.computeIfAbsent(day.office(), o -> new ArrayList<>()).add(v.visits())));
        Map<OfficeId, List<PoolFloor>> pools = pools(days, procedure, openDays);
        Map<OfficeId, FloorFigures> floors = new LinkedHashMap<>();
        // each office's visits pooled once, and the country's from those (a few long sorted runs to merge)
        List<VisitSample> all = new ArrayList<>();
        for (OfficeDays d : days) {
            VisitSample office = VisitSample.combine(byOffice.getOrDefault(d.office(), List.of()));
            all.add(office);
            floors.put(d.office(), new FloorFigures(office.figures(), used(pools.getOrDefault(d.office(), List.of()))));
        }
        return new Country(floors, new FloorFigures(VisitSample.combine(all).figures(),
                floors.values().stream().map(FloorFigures::walkIns).reduce(WalkInUse.NONE, WalkInUse::plus)));
    }

    /** One office's floor over its days, with its procedures and pools. */
    OfficeFloorFigures office(OfficeDays days, Optional<ProcedureCode> procedure, LocalDate today,
            Function<OfficeDays, Set<LocalDate>> openDays) {
        List<OfficeDays> period = List.of(days);
        Map<ProcedureCode, List<VisitSample>> byCode = new TreeMap<>(Comparator.comparing(ProcedureCode::value));
        samples.of(period, office -> today).values().forEach(visits -> visits.stream()
                .filter(v -> procedure.isEmpty() || procedure.get().equals(v.procedure()))
                .forEach(v -> byCode.computeIfAbsent(v.procedure(), p -> new ArrayList<>()).add(v.visits())));
        List<ProcedureFloor> procedures = new ArrayList<>();
        byCode.forEach((p, visits) -> procedures.add(new ProcedureFloor(p, VisitSample.combine(visits).figures())));
        List<VisitSample> all = byCode.values().stream().flatMap(List::stream).toList();
        List<PoolFloor> pools = pools(period, procedure, openDays).getOrDefault(days.office(), List.of());
        return new OfficeFloorFigures(Optional.of(days.from()), Optional.of(days.to()),
                new FloorFigures(VisitSample.combine(all).figures(), used(pools)), procedures, pools);
    }

    /**
     * Each office's pools with their tokens issued of their quota, in letter order: the pools it has now (with a
     * procedure, those serving it), then, without one, the letters of pools taken away that gave tokens.
     */
    private Map<OfficeId, List<PoolFloor>> pools(Collection<OfficeDays> days, Optional<ProcedureCode> procedure,
            Function<OfficeDays, Set<LocalDate>> openDays) {
        Map<OfficeId, OfficeDays> byOffice = new LinkedHashMap<>();
        days.forEach(d -> byOffice.put(d.office(), d));
        Map<OfficeId, Map<Character, Map<LocalDate, Long>>> issued = new LinkedHashMap<>();
        for (TokensIssued t : statistics.tokensIssued(days)) {
            issued.computeIfAbsent(t.office(), o -> new TreeMap<>()).computeIfAbsent(t.letter(), l -> new TreeMap<>())
                    .merge(t.day(), t.issued(), Long::sum);
        }
        Map<OfficeId, Set<LocalDate>> open = new LinkedHashMap<>();
        Map<OfficeId, List<PoolFloor>> pools = new LinkedHashMap<>();
        for (PoolQuota pool : statistics.pools(days)) {
            Map<LocalDate, Long> given = issued.getOrDefault(pool.office(), Map.of()).getOrDefault(pool.letter(),
                    Map.of());
            if (procedure.isPresent() && !pool.procedures().contains(procedure.get())) {
                continue;
            }
            Set<LocalDate> openOn = open.computeIfAbsent(pool.office(), o -> openDays.apply(byOffice.get(o)));
            pools.computeIfAbsent(pool.office(), o -> new ArrayList<>()).add(new PoolFloor(pool.letter(),
                    pool.procedures(), new WalkInQuota(pool.dailyTokens(), pool.ownDays()).use(openOn, given)));
        }
        if (procedure.isEmpty()) {
            issued.forEach((office, byLetter) -> byLetter.forEach((letter, given) -> {
                List<PoolFloor> ofOffice = pools.computeIfAbsent(office, o -> new ArrayList<>());
                if (ofOffice.stream().noneMatch(p -> p.letter() == letter)) {
                    ofOffice.add(new PoolFloor(letter, Set.of(), new WalkInQuota(0, Map.of()).use(Set.of(), given)));
                }
            }));
        }
        pools.values().forEach(list -> list.sort(Comparator.comparing(PoolFloor::letter)));
        return pools;
    }

    private static WalkInUse used(List<PoolFloor> pools) {
        return pools.stream().map(PoolFloor::walkIns).reduce(WalkInUse.NONE, WalkInUse::plus);
    }
}
