package mx.gob.inm.citas.application.fakes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.domain.staff.AuditEntry;

/** Fake of {@link AuditLog} for fast tests. */
public class InMemoryAuditLog implements AuditLog, Snapshotting {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized Object snapshot() {
        return List.copyOf(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries.clear();
        entries.addAll((List<AuditEntry>) snapshot);
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery query) {
        List<AuditEntry> latestFirst = new ArrayList<>(entries);
        // Newest first; of two entries at the same instant, the one recorded later (the sort below is stable).
        Collections.reverse(latestFirst);
        return latestFirst.stream()
                .filter(e -> query.actor() == null || e.actor().equals(query.actor()))
                .filter(e -> query.action() == null || e.action() == query.action())
                .filter(e -> query.office() == null || query.office().equals(e.office()))
                .filter(e -> query.subject() == null || e.subject().equals(query.subject()))
                .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
                .filter(e -> query.to() == null || e.at().isBefore(query.to()))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(query.limit()).toList();
    }

    /** Every entry, in the order recorded. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
