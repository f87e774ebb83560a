package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Adapter: who has each service window open, in {@code service_window.opened_by} (V19). A window is opened by one
 * conditional {@code UPDATE … WHERE opened_by IS NULL OR opened_by = ?} in the caller's transaction, so of two staff
 * members opening it at once on any instances, the second waits on the row and then finds it taken. Only windows
 * of the office's floor ({@link JpaOfficeFloorRepository}) have a row: any other cannot be opened.
 */
@ApplicationScoped
class JpaWindowSessions implements WindowSessions {

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaWindowSessions() {
    }

    JpaWindowSessions(EntityManager em) {
        this.em = em;
    }

    /** Opening a window one already has keeps the time it was first opened. */
    @Override
    public boolean tryOpen(OfficeId office, int window, String username, Instant now) {
        return em.createNativeQuery("UPDATE service_window SET opened_at = CASE WHEN opened_by = ? THEN opened_at"
                + " ELSE ? END, opened_by = ? WHERE office_id = ? AND window_no = ?"
                + " AND (opened_by IS NULL OR opened_by = ?)")
                .setParameter(1, username).setParameter(2, Utc.of(now)).setParameter(3, username)
                .setParameter(4, office.value()).setParameter(5, window).setParameter(6, username)
                .executeUpdate() == 1;
    }

    @Override
    public void close(OfficeId office, int window, String username) {
        em.createNativeQuery("UPDATE service_window SET opened_by = NULL, opened_at = NULL"
                + " WHERE office_id = ? AND window_no = ? AND opened_by = ?")
                .setParameter(1, office.value()).setParameter(2, window).setParameter(3, username).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Integer, String> openWindows(OfficeId office) {
        List<Object[]> rows = em.createNativeQuery("SELECT window_no, opened_by FROM service_window"
                + " WHERE office_id = ? AND opened_by IS NOT NULL").setParameter(1, office.value()).getResultList();
        Map<Integer, String> open = new TreeMap<>();
        rows.forEach(row -> open.put(NativeColumns.integer(row[0]), (String) row[1]));
        return open;
    }
}
