package mx.gob.inm.citas.application.fakes;

import java.time.Duration;
import java.time.Instant;
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
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.FloorStatistics;
import mx.gob.inm.citas.domain.capacity.VisitSample;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Fake of {@link FloorStatistics}: counts the visits of an {@link InMemoryVisitRepository}, the days of an
 * {@link InMemoryWalkInTally} and the pools of an {@link InMemoryOfficeFloorRepository}, with durations in
 * whole seconds, as the store subtracts its timestamps, and the steps of its log for the days changed.
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
    public List<DayVisits> dayVisits(Collection<OfficeDays> days) {
        Map<OfficeId, OfficeDays> byOffice = byOffice(days);
        List<DayVisits> samples = new ArrayList<>();
        visits.all().stream().filter(v -> v.status() != VisitStatus.WITHDRAWN)
                .filter(v -> byOffice.containsKey(v.office()) && byOffice.get(v.office()).includes(v.day()))
                .collect(Collectors.groupingBy(v -> List.of(v.office(), v.day(), v.procedure())))
                .forEach((key, group) -> samples.add(new DayVisits(new VisitDay(group.get(0).office(),
                        group.get(0).day()), group.get(0).procedure(), sample(group))));
        return samples;
    }

    @Override
    public Set<VisitDay> daysChangedSince(Instant since) {
        return visits.events().stream().filter(e -> !e.at().isBefore(since))
                .map(e -> new VisitDay(e.office(), e.day())).collect(Collectors.toSet());
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

    private static VisitSample sample(List<Visit> visits) {
        List<Long> waits = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        long walkIns = 0;
        long served = 0;
        long noShows = 0;
        for (Visit v : visits) {
            walkIns += v.kind() == VisitKind.WALK_IN ? 1 : 0;
            served += v.status() == VisitStatus.FINISHED ? 1 : 0;
            noShows += v.status() == VisitStatus.NO_SHOW ? 1 : 0;
            v.firstCalledAt().ifPresent(called -> waits.add(Duration.between(v.queuedAt(), called).toSeconds()));
            if (v.status() == VisitStatus.FINISHED && v.startedAt().isPresent()) {
                services.add(Duration.between(v.startedAt().get(), v.finishedAt().orElseThrow()).toSeconds());
            }
        }
        return new VisitSample(visits.size(), walkIns, served, noShows,
                waits.stream().mapToLong(Long::longValue).toArray(),
                services.stream().mapToLong(Long::longValue).toArray());
    }

    private static Map<OfficeId, OfficeDays> byOffice(Collection<OfficeDays> days) {
        Map<OfficeId, OfficeDays> byOffice = new LinkedHashMap<>();
        days.forEach(d -> byOffice.put(d.office(), d));
        return byOffice;
    }
}
