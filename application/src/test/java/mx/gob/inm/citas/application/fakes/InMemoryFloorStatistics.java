package mx.gob.inm.citas.application.fakes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Fake of {@link FloorStatistics}: counts the visits of an {@link InMemoryVisitRepository}, the days of an
 * {@link InMemoryWalkInTally} and the pools of an {@link InMemoryOfficeFloorRepository}, with the domain's
 * {@link DurationFigures#of} for the percentiles (whole seconds, as the store subtracts its timestamps).
 */
public class InMemoryFloorStatistics implements FloorStatistics {

    private final InMemoryVisitRepository visits;
    private final InMemoryWalkInTally tally;
    private final InMemoryOfficeFloorRepository floors;

    public InMemoryFloorStatistics(InMemoryVisitRepository visits, InMemoryWalkInTally tally,
            InMemoryOfficeFloorRepository floors) {
        this.visits = visits;
        this.tally = tally;
        this.floors = floors;
    }

    @Override
    public FloorVisits visits(Collection<OfficeDays> days, Optional<ProcedureCode> procedure) {
        return figures(of(days, procedure).toList());
    }

    @Override
    public Map<OfficeId, FloorVisits> visitsByOffice(Collection<OfficeDays> days, Optional<ProcedureCode> procedure) {
        return grouped(of(days, procedure), Visit::office);
    }

    @Override
    public Map<ProcedureCode, FloorVisits> visitsByProcedure(Collection<OfficeDays> days) {
        return grouped(of(days, Optional.empty()), Visit::procedure);
    }

    @Override
    public List<TokensIssued> tokensIssued(Collection<OfficeDays> days) {
        Map<OfficeId, OfficeDays> byOffice = byOffice(days);
        return tally.all().stream()
                .filter(c -> byOffice.containsKey(c.office()) && byOffice.get(c.office()).includes(c.day()))
                .map(c -> new TokensIssued(c.office(), c.letter(), c.day(), c.issued()))
                .sorted(Comparator.comparing((TokensIssued t) -> t.office().value())
                        .thenComparing(TokensIssued::letter).thenComparing(TokensIssued::day))
                .toList();
    }

    @Override
    public List<PoolQuota> pools(Collection<OfficeDays> days) {
        List<PoolQuota> pools = new ArrayList<>();
        byOffice(days).values().stream().sorted(Comparator.comparing(d -> d.office().value())).forEach(d -> {
            Optional<OfficeFloor> floor = floors.find(d.office());
            for (WalkInPool pool : floor.map(OfficeFloor::pools).orElse(List.of())) {
                Map<LocalDate, Integer> own = new HashMap<>();
                floor.get().dayTokens().forEach((day, byLetter) -> {
                    if (d.includes(day) && byLetter.containsKey(pool.letter())) {
                        own.put(day, byLetter.get(pool.letter()));
                    }
                });
                pools.add(new PoolQuota(d.office(), pool.letter(), pool.procedures(), pool.dailyTokens(), own));
            }
        });
        return pools;
    }

    private Stream<Visit> of(Collection<OfficeDays> days, Optional<ProcedureCode> procedure) {
        Map<OfficeId, OfficeDays> byOffice = byOffice(days);
        return visits.all().stream().filter(v -> v.status() != VisitStatus.WITHDRAWN)
                .filter(v -> byOffice.containsKey(v.office()) && byOffice.get(v.office()).includes(v.day()))
                .filter(v -> procedure.map(p -> p.equals(v.procedure())).orElse(true));
    }

    private static <K> Map<K, FloorVisits> grouped(Stream<Visit> visits, Function<Visit, K> key) {
        Map<K, FloorVisits> figures = new HashMap<>();
        visits.collect(Collectors.groupingBy(key)).forEach((k, group) -> figures.put(k, figures(group)));
        return figures;
    }

    private static FloorVisits figures(List<Visit> visits) {
        List<Duration> waits = new ArrayList<>();
        List<Duration> services = new ArrayList<>();
        long walkIns = 0;
        long served = 0;
        long noShows = 0;
        for (Visit v : visits) {
            walkIns += v.kind() == VisitKind.WALK_IN ? 1 : 0;
            served += v.status() == VisitStatus.FINISHED ? 1 : 0;
            noShows += v.status() == VisitStatus.NO_SHOW ? 1 : 0;
            v.firstCalledAt().ifPresent(called -> waits.add(Duration.between(v.queuedAt(), called)));
            if (v.status() == VisitStatus.FINISHED && v.startedAt().isPresent()) {
                services.add(Duration.between(v.startedAt().get(), v.finishedAt().orElseThrow()));
            }
        }
        return new FloorVisits(visits.size(), walkIns, served, noShows, DurationFigures.of(waits),
                DurationFigures.of(services));
    }

    private static Map<OfficeId, OfficeDays> byOffice(Collection<OfficeDays> days) {
        Map<OfficeId, OfficeDays> byOffice = new LinkedHashMap<>();
        days.forEach(d -> byOffice.put(d.office(), d));
        return byOffice;
    }
}
