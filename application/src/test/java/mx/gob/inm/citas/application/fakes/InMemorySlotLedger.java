package mx.gob.inm.citas.application.fakes;

import java.time.Instant;
import java.util.Map;
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

    @Override
    public synchronized Object snapshot() {
        return Map.copyOf(taken);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        taken.clear();
        taken.putAll((Map<Key, Integer>) snapshot);
    }

    /** Records that {@code places} places of a slot are taken (what booking will do through the real port). */
    public void give(OfficeId office, Instant slotStart, int places) {
        taken.put(new Key(office, slotStart), places);
    }

    @Override
    public synchronized boolean tryTake(OfficeId office, Instant slotStart, int places, ConfirmationCode holder) {
        Key key = new Key(office, slotStart);
        int taken = this.taken.getOrDefault(key, 0);
        if (taken >= places) {
            return false;
        }
        this.taken.put(key, taken + 1);
        return true;
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
}
