package mx.gob.inm.citas.domain.floor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * The one rule for who is called next at an office. Of the waiting visits a window may serve (its procedures, and
 * not sent to another window): first those with priority, in the order they joined the queue; then appointments by
 * their slot's time and walk-in tokens by their number, taking turns at the office's {@link QueueRatio} (2
 * appointments, then 1 walk-in, by default), from where the day's {@link CallTally} stands. When only one kind
 * waits, it is called.
 */
public final class QueueOrder {

    private static final Comparator<Visit> JOINED = Comparator.comparing(Visit::queuedAt)
            .thenComparing(v -> v.number().letter()).thenComparingInt(v -> v.number().sequence());
    private static final Comparator<Visit> BY_SLOT = Comparator.comparing((Visit v) -> v.slotStart().orElseThrow())
            .thenComparing(JOINED);

    private QueueOrder() {
    }

    /** The visits {@code window} may call, in the order it calls them (it tries the next if one was just taken). */
    public static List<Visit> forWindow(Collection<Visit> waiting, ServiceWindow window, CallTally tally,
            QueueRatio ratio) {
        return order(waiting.stream().filter(v -> v.status() == VisitStatus.WAITING && window.serves(v.procedure())
                && v.targetWindow().map(w -> w == window.number()).orElse(true)).toList(), tally, ratio);
    }

    /**
     * How many people are called before {@code visit}, counting those who wait for the windows that may serve it
     * ({@code windows}: the office's; all who wait when it has none that serves the procedure).
     */
    public static int ahead(Visit visit, Collection<Visit> waiting, Collection<ServiceWindow> windows,
            CallTally tally, QueueRatio ratio) {
        Set<ProcedureCode> shared = windows.stream().filter(w -> w.serves(visit.procedure()))
                .flatMap(w -> w.procedures().stream()).collect(Collectors.toSet());
        List<Visit> rivals = waiting.stream().filter(v -> v.status() == VisitStatus.WAITING
                && (shared.isEmpty() || shared.contains(v.procedure()))).toList();
        List<Visit> order = order(rivals, tally, ratio);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).number().equals(visit.number())) {
                return i;
            }
        }
        return order.size();
    }

    private static List<Visit> order(List<Visit> eligible, CallTally tally, QueueRatio ratio) {
        List<Visit> ordered = new ArrayList<>(eligible.stream().filter(v -> v.priority().isPriority())
                .sorted(JOINED).toList());
        LinkedList<Visit> appointments = eligible.stream().filter(v -> !v.priority().isPriority()
                && v.kind() == VisitKind.APPOINTMENT).sorted(BY_SLOT).collect(Collectors.toCollection(LinkedList::new));
        LinkedList<Visit> walkIns = eligible.stream().filter(v -> !v.priority().isPriority()
                && v.kind() == VisitKind.WALK_IN).sorted(JOINED).collect(Collectors.toCollection(LinkedList::new));
        CallTally turn = tally;
        while (!appointments.isEmpty() && !walkIns.isEmpty()) {
            Visit next = turn.appointmentsTurn(ratio) ? appointments.removeFirst() : walkIns.removeFirst();
            ordered.add(next);
            turn = turn.after(next);
        }
        ordered.addAll(appointments);
        ordered.addAll(walkIns);
        return ordered;
    }
}
