package mx.gob.inm.citas.application.port.out;

import java.util.List;
import mx.gob.inm.citas.application.port.in.AuditQuery;
import mx.gob.inm.citas.domain.staff.AuditEntry;

/** Out-port: the append-only record of what staff did. */
public interface AuditLog {

    /** Adds an entry, in the caller's transaction: what was done and its record commit or fail together. */
    void record(AuditEntry entry);

    /** Entries matching the query, newest first, at most {@code query.limit()}. */
    List<AuditEntry> find(AuditQuery query);
}
