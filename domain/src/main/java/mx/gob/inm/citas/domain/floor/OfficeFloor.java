package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * How an office runs its floor: the pools of walk-in tokens (fichas) with their daily quotas and the days that
 * have their own, the service windows and what each serves, the turn appointments and walk-ins take, and whether
 * online places still free shortly before their time become tokens for that day (off unless set).
 *
 * <p>Lifecycle: {@link #create} for an office without any of it (no tokens, no windows, 2 : 1, no conversion);
 * staff change it with the methods below, each of which refuses an arrangement that could not work (a procedure in
 * two pools, two windows with one number); {@link #reconstitute} loads it. {@link #version()} guards two staff
 * members saving at once.
 */
public final class OfficeFloor {

    /** The shortest and longest lead at which unused online places may become walk-in tokens. */
    public static final Duration SHORTEST_CONVERSION = Duration.ofMinutes(5);
    public static final Duration LONGEST_CONVERSION = Duration.ofHours(4);

    private final OfficeId office;
    private List<WalkInPool> pools;
    /** Days with their own number of tokens, per pool letter. */
    private final TreeMap<LocalDate, Map<Character, Integer>> dayTokens;
    private List<ServiceWindow> windows;
    private QueueRatio ratio;
    private Duration conversionLead;
    private final long version;

    private OfficeFloor(OfficeId office, List<WalkInPool> pools, Map<LocalDate, Map<Character, Integer>> dayTokens,
            List<ServiceWindow> windows, QueueRatio ratio, Duration conversionLead, long version) {
        this.office = requirePresent(office, "office", "The office");
        this.dayTokens = new TreeMap<>();
        dayTokens.forEach((day, byLetter) -> this.dayTokens.put(day, new TreeMap<>(byLetter)));
        offerWalkIns(pools);
        arrangeWindows(windows);
        takeTurns(ratio);
        convertUnusedOnlinePlaces(Optional.ofNullable(conversionLead));
        this.version = version;
    }

    /** An office that has not set up its floor: no walk-in tokens, no windows, 2 : 1, no conversion. */
    public static OfficeFloor create(OfficeId office) {
        return new OfficeFloor(office, List.of(), Map.of(), List.of(), QueueRatio.DEFAULT, null, 0);
    }

    /** The floor as stored; {@code conversionLead} is null when unused online places stay online. */
    public static OfficeFloor reconstitute(OfficeId office, List<WalkInPool> pools,
            Map<LocalDate, Map<Character, Integer>> dayTokens, List<ServiceWindow> windows, QueueRatio ratio,
            Duration conversionLead, long version) {
        return new OfficeFloor(office, pools, dayTokens, windows, ratio, conversionLead, version);
    }

    /** The pools of walk-in tokens; no procedure may be in two, no letter used twice. */
    public void offerWalkIns(List<WalkInPool> newPools) {
        requirePresent(newPools, "pools", "The pools");
        Set<Character> letters = new HashSet<>();
        Set<ProcedureCode> procedures = new HashSet<>();
        for (WalkInPool pool : newPools) {
            require(letters.add(pool.letter()), "floor.letterTwice", "Two pools cannot share the letter "
                    + pool.letter(), String.valueOf(pool.letter()));
            for (ProcedureCode procedure : pool.procedures()) {
                require(procedures.add(procedure), "floor.procedureInTwoPools", "The procedure " + procedure
                        + " is in two pools of walk-in tokens", procedure.value());
            }
        }
        pools = newPools.stream().sorted(Comparator.comparing(WalkInPool::letter)).toList();
        // a day's own number for a pool that is gone means nothing any more
        dayTokens.values().forEach(byLetter -> byLetter.keySet().retainAll(letters));
        dayTokens.values().removeIf(Map::isEmpty);
    }

    /** The windows; no number used twice. */
    public void arrangeWindows(List<ServiceWindow> newWindows) {
        requirePresent(newWindows, "windows", "The windows");
        Set<Integer> numbers = new HashSet<>();
        for (ServiceWindow window : newWindows) {
            require(numbers.add(window.number()), "floor.windowTwice", "Two windows cannot share the number "
                    + window.number(), window.number());
        }
        windows = newWindows.stream().sorted(Comparator.comparingInt(ServiceWindow::number)).toList();
    }

    public void takeTurns(QueueRatio newRatio) {
        ratio = requirePresent(newRatio, "queueRatio", "The ratio of appointments to walk-ins");
    }

    /**
     * Online places still free {@code lead} before their slot starts become walk-in tokens of that day for the
     * pool of their procedure; empty keeps them online.
     */
    public void convertUnusedOnlinePlaces(Optional<Duration> lead) {
        requirePresent(lead, "conversion", "The conversion lead (or none)");
        lead.ifPresent(d -> require(d.compareTo(SHORTEST_CONVERSION) >= 0 && d.compareTo(LONGEST_CONVERSION) <= 0,
                "floor.conversionLead", "Unused online places become walk-in tokens from 5 minutes to 4 hours before"
                        + " their time", SHORTEST_CONVERSION.toMinutes(), LONGEST_CONVERSION.toMinutes()));
        conversionLead = lead.orElse(null);
    }

    /** {@code day} has {@code tokens} of the pool {@code letter} instead of its daily number; empty: the daily. */
    public void setDayTokens(LocalDate day, char letter, Optional<Integer> tokens) {
        requirePresent(day, "day", "The day");
        WalkInPool pool = pool(letter).orElseThrow(() -> new FloorRefusedException("floor.noSuchPool",
                "There is no pool of walk-in tokens with the letter " + letter, String.valueOf(letter)));
        if (tokens.isPresent()) {
            require(tokens.get() >= 0 && tokens.get() <= WalkInPool.MAX_TOKENS, "pool.tokens",
                    "A day has from 0 to 9999 walk-in tokens of one pool", WalkInPool.MAX_TOKENS);
            dayTokens.computeIfAbsent(day, d -> new TreeMap<>()).put(pool.letter(), tokens.get());
        } else if (dayTokens.containsKey(day)) {
            dayTokens.get(day).remove(pool.letter());
            dayTokens.values().removeIf(Map::isEmpty);
        }
    }

    /** The pool that gives walk-in tokens for {@code procedure}, if any. */
    public Optional<WalkInPool> poolFor(ProcedureCode procedure) {
        return pools.stream().filter(p -> p.serves(procedure)).findFirst();
    }

    public Optional<WalkInPool> pool(char letter) {
        return pools.stream().filter(p -> p.letter() == letter).findFirst();
    }

    /** How many tokens of {@code pool} {@code day} has: its own number, or the pool's daily one. */
    public int tokensOn(WalkInPool pool, LocalDate day) {
        Map<Character, Integer> own = dayTokens.get(day);
        return own != null && own.containsKey(pool.letter()) ? own.get(pool.letter()) : pool.dailyTokens();
    }

    public Optional<ServiceWindow> window(int number) {
        return windows.stream().filter(w -> w.number() == number).findFirst();
    }

    public OfficeId office() {
        return office;
    }

    public List<WalkInPool> pools() {
        return pools;
    }

    /** The days with their own number of tokens, in date order, each with the numbers by pool letter. */
    public Map<LocalDate, Map<Character, Integer>> dayTokens() {
        TreeMap<LocalDate, Map<Character, Integer>> copy = new TreeMap<>();
        dayTokens.forEach((day, byLetter) -> copy.put(day, Collections.unmodifiableMap(new TreeMap<>(byLetter))));
        return Collections.unmodifiableMap(copy);
    }

    public List<ServiceWindow> windows() {
        return windows;
    }

    public QueueRatio ratio() {
        return ratio;
    }

    public Optional<Duration> conversionLead() {
        return Optional.ofNullable(conversionLead);
    }

    public long version() {
        return version;
    }
}
