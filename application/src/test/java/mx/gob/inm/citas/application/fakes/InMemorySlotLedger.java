package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Fake of {@link SlotLedger} for fast tests. */
public class InMemorySlotLedger implements SlotLedger, Snapshotting {

    private record Key(OfficeId office, Instant start) {
    }

    private final Map<Key, Integer> taken = new ConcurrentHashMap<>();
    private final Map<Key, Long> versions = new ConcurrentHashMap<>();
    private final Set<Key> opened = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized Object snapshot() {
        return List.of(Map.copyOf(taken), Map.copyOf(versions));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Map<Key, ?>> saved = (List<Map<Key, ?>>) snapshot;
        taken.clear();
        taken.putAll((Map<Key, Integer>) saved.get(0));
        versions.clear();
        versions.putAll((Map<Key, Long>) saved.get(1));
    }

    /** Records that {@code places} places of a slot are taken (what booking will do through the real port). */
    public void give(OfficeId office, Instant slotStart, int places) {
        taken.put(new Key(office, slotStart), places);
    }

    @Override
    public long calendarVersion(OfficeId office, Instant slotStart) {
        return versions.getOrDefault(new Key(office, slotStart), 0L);
    }

    @Override
    public synchronized Taking tryTake(OfficeId office, Instant slotStart, int places, long calendarVersion,
            ConfirmationCode holder) {
        Key key = new Key(office, slotStart);
        if (versions.getOrDefault(key, 0L) != calendarVersion) {
            return Taking.CALENDAR_CHANGED;
        }
        int taken = this.taken.getOrDefault(key, 0);
        if (taken >= places) {
            return Taking.FULL;
        }
        this.taken.put(key, taken + 1);
        return Taking.TAKEN;
    }

    @Override
    public synchronized void release(OfficeId office, Instant slotStart, ConfirmationCode holder) {
        taken.computeIfPresent(new Key(office, slotStart), (k, n) -> Math.max(0, n - 1));
    }

    @Override
    public TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to) {
        return new TakenPlaces(taken.entrySet().stream()
                .filter(e -> e.getKey().office().equals(office) && !e.getKey().start().isBefore(from)
                        && e.getKey().start().isBefore(to))
                .collect(Collectors.toMap(e -> e.getKey().start(), Map.Entry::getValue)));
    }

    @Override
    public void open(OfficeId office, Collection<Instant> slotStarts) {
        slotStarts.forEach(start -> opened.add(new Key(office, start)));
    }

    /** The slots of {@code office} opened ahead of their holds, in order. */
    public SortedSet<Instant> opened(OfficeId office) {
        return opened.stream().filter(key -> key.office().equals(office)).map(Key::start)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The fakes serve one transaction at a time: no hold is ever under way for a fence to wait for. */
    @Override
    public synchronized void fence(OfficeId office, Collection<Instant> slotStarts) {
        slotStarts.stream().distinct().forEach(start -> versions.merge(new Key(office, start), 1L, Long::sum));
    }
}
