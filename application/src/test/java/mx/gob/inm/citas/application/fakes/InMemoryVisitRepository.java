package mx.gob.inm.citas.application.fakes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Fake of {@link VisitRepository} for fast tests: one lock stands for the store's conditional updates. */
public class InMemoryVisitRepository implements VisitRepository, Snapshotting {

    private record Key(OfficeId office, LocalDate day, DisplayNumber number) {
    }

    private record Counter(OfficeId office, LocalDate day, char letter) {
    }

    private final Map<Key, Visit> visits = new LinkedHashMap<>();
    private final Map<Counter, Integer> numbers = new HashMap<>();
    private final List<LoggedEvent> log = new ArrayList<>();

    @Override
    public synchronized int nextNumber(OfficeId office, LocalDate day, char letter) {
        return numbers.merge(new Counter(office, day, letter), 1, Integer::sum);
    }

    @Override
    public synchronized void add(Visit visit, VisitEvent event) {
        Key key = key(visit);
        if (visits.containsKey(key)) {
            throw new IllegalStateException("a second visit " + visit.number() + " at " + visit.office());
        }
        if (visit.appointment().isPresent() && findByAppointment(visit.appointment().get()).isPresent()) {
            throw new IllegalStateException("a second visit of the appointment " + visit.appointment().get());
        }
        visits.put(key, copy(visit, visit.version()));
        append(event);
    }

    @Override
    public synchronized Optional<Visit> find(OfficeId office, LocalDate day, DisplayNumber number) {
        return Optional.ofNullable(visits.get(new Key(office, day, number))).map(v -> copy(v, v.version()));
    }

    @Override
    public synchronized Optional<Visit> findByAppointment(ConfirmationCode appointment) {
        return visits.values().stream().filter(v -> v.appointment().filter(appointment::equals).isPresent())
                .findFirst().map(v -> copy(v, v.version()));
    }

    @Override
    public synchronized List<Visit> open(OfficeId office, LocalDate day) {
        return visits.values().stream().filter(v -> v.office().equals(office) && v.day().equals(day)
                && v.status().isOpen()).map(v -> copy(v, v.version())).toList();
    }

    @Override
    public synchronized boolean tryCall(Visit called, VisitEvent event) {
        Visit stored = visits.get(key(called));
        // still waiting, and not changed meanwhile (called, transferred and back in the queue with another state)
        if (stored == null || stored.status() != mx.gob.inm.citas.domain.floor.VisitStatus.WAITING
                || stored.version() != called.version()) {
            return false;
        }
        visits.put(key(called), copy(called, stored.version() + 1));
        append(event);
        return true;
    }

    @Override
    public synchronized void update(Visit visit, VisitEvent event) {
        Visit stored = visits.get(key(visit));
        if (stored == null || stored.version() != visit.version()) {
            throw new EditConflictException("the visit " + visit.number());
        }
        visits.put(key(visit), copy(visit, stored.version() + 1));
        append(event);
    }

    @Override
    public synchronized List<VisitKind> latestCalledKinds(OfficeId office, LocalDate day, int limit) {
        // in the order of the log, not of the clock: two windows may call in the same instant
        Map<DisplayNumber, Long> firstCalls = new LinkedHashMap<>();
        log.stream().filter(e -> e.event().office().equals(office) && e.event().day().equals(day)
                && e.event().kind() == VisitEventKind.CALLED)
                .forEach(e -> firstCalls.putIfAbsent(e.event().number(), e.position()));
        return firstCalls.entrySet().stream().sorted(Map.Entry.<DisplayNumber, Long>comparingByValue().reversed())
                .map(e -> visits.get(new Key(office, day, e.getKey()))).filter(v -> !v.priority().isPriority())
                .limit(limit).map(Visit::kind).toList();
    }

    @Override
    public synchronized List<LoggedEvent> latestCalls(OfficeId office, LocalDate day, int limit) {
        List<LoggedEvent> calls = new ArrayList<>(log.stream().filter(e -> e.event().office().equals(office)
                && e.event().day().equals(day) && (e.event().kind() == VisitEventKind.CALLED
                || e.event().kind() == VisitEventKind.RECALLED)).toList());
        java.util.Collections.reverse(calls);
        return calls.stream().limit(limit).toList();
    }

    @Override
    public synchronized long logLength(OfficeId office) {
        return log.stream().filter(e -> e.event().office().equals(office)).count();
    }

    @Override
    public synchronized List<LoggedEvent> log(OfficeId office, LocalDate day) {
        return log.stream().filter(e -> e.event().office().equals(office) && e.event().day().equals(day)).toList();
    }

    /** Every visit stored, of every office and day (what {@link InMemoryFloorStatistics} counts). */
    /** Every step logged, of every office, in the order of the log. */
    public synchronized List<VisitEvent> events() {
        return log.stream().map(LoggedEvent::event).toList();
    }

    public synchronized List<Visit> all() {
        return visits.values().stream().map(v -> copy(v, v.version())).toList();
    }

    @Override
    public synchronized int forgetNamesBefore(LocalDate day) {
        int forgotten = 0;
        for (Map.Entry<Key, Visit> entry : visits.entrySet()) {
            Visit v = entry.getValue();
            if (v.day().isBefore(day) && v.personName().isPresent()) {
                entry.setValue(Visit.reconstitute(v.office(), v.day(), v.number(), v.kind(), v.procedure(),
                        v.priority(), java.util.Optional.empty(), v.appointment(), v.slotStart(), v.queuedAt(),
                        v.status(), v.window(), v.targetWindow(), v.calls(), v.firstCalledAt(), v.startedAt(),
                        v.finishedAt(), v.version()));
                forgotten++;
            }
        }
        return forgotten;
    }

    private void append(VisitEvent event) {
        log.add(new LoggedEvent(log.size() + 1L, event));
    }

    private static Key key(Visit visit) {
        return new Key(visit.office(), visit.day(), visit.number());
    }

    private static Visit copy(Visit v, long version) {
        return Visit.reconstitute(v.office(), v.day(), v.number(), v.kind(), v.procedure(), v.priority(),
                v.personName(), v.appointment(), v.slotStart(), v.queuedAt(), v.status(), v.window(),
                v.targetWindow(), v.calls(), v.firstCalledAt(), v.startedAt(), v.finishedAt(), version);
    }

    @Override
    public synchronized Object snapshot() {
        return List.of(new LinkedHashMap<>(visits), new HashMap<>(numbers), new ArrayList<>(log));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Object> saved = (List<Object>) snapshot;
        visits.clear();
        visits.putAll((Map<Key, Visit>) saved.get(0));
        numbers.clear();
        numbers.putAll((Map<Counter, Integer>) saved.get(1));
        log.clear();
        log.addAll((List<LoggedEvent>) saved.get(2));
    }
}
