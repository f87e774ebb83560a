package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.floor.VisitKind;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/**
 * Adapter: the visits of each office's day in {@code visit}, their numbers in {@code visit_number} and their
 * append-only log in {@code visit_event} (V19), all written with SQL in the caller's transaction and read as columns,
 * never as managed entities, so that a visit another window called a moment ago is never served from this
 * transaction's memory. A number is taken by {@code UPDATE visit_number SET last_no = last_no + 1} (its row lock
 * orders concurrent issues; a rolled-back one gives its number back), its row created on first use outside the
 * transaction ({@link RowsOutsideTheTransaction}). A call is one conditional {@code UPDATE … WHERE status =
 * 'WAITING' AND version = ?}: of two windows calling one visit, the second waits on its row, then finds it called.
 * Every other step is optimistic on the visit's {@code version}. Each step's log position comes from
 * {@code visit_event_seq}.
 */
@ApplicationScoped
class JpaVisitRepository implements VisitRepository {

    private static final String COLUMNS = "office_id, service_day, display_no, kind, procedure_code, priority,"
            + " person_name, appointment_code, slot_start, queued_at, status, window_no, target_window_no, calls,"
            + " first_called_at, started_at, finished_at, version";
    private static final String EVENT_COLUMNS = "log_position, office_id, service_day, display_no, kind, happened_at,"
            + " window_no, by_user, detail";
    private static final String NEXT_NUMBER = "UPDATE visit_number SET last_no = last_no + 1"
            + " WHERE office_id = ? AND service_day = ? AND letter = ?";
    private static final String LAST_NUMBER = "SELECT last_no FROM visit_number"
            + " WHERE office_id = ? AND service_day = ? AND letter = ?";
    private static final String INSERT_NUMBER = "INSERT INTO visit_number (office_id, service_day, letter, last_no)"
            + " VALUES (?, ?, ?, 0)";
    /** The state a step may change: everything but who the visit is. */
    private static final String CHANGED = "procedure_code = ?, queued_at = ?, status = ?, window_no = ?,"
            + " target_window_no = ?, calls = ?, first_called_at = ?, started_at = ?, finished_at = ?,"
            + " version = version + 1";
    private static final String SAME_VISIT = " WHERE office_id = ? AND service_day = ? AND display_no = ?";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;

    JpaVisitRepository() {
    }

    JpaVisitRepository(EntityManager em, DataSource rows) {
        this.em = em;
        this.rows = rows;
    }

    @Override
    public int nextNumber(OfficeId office, LocalDate day, char letter) {
        String pool = String.valueOf(letter);
        if (number(NEXT_NUMBER, office, day, pool).executeUpdate() == 0) {
            RowsOutsideTheTransaction.createIfMissing(rows, LAST_NUMBER, INSERT_NUMBER, office.value(), day, pool);
            if (number(NEXT_NUMBER, office, day, pool).executeUpdate() == 0) {
                throw new IllegalStateException("No numbers of " + letter + " at " + office + " on " + day);
            }
        }
        return NativeColumns.integer(number(LAST_NUMBER, office, day, pool).getSingleResult());
    }

    private Query number(String sql, OfficeId office, LocalDate day, String letter) {
        return em.createNativeQuery(sql).setParameter(1, office.value()).setParameter(2, day).setParameter(3, letter);
    }

    /** A second visit with the visit's number, or of its appointment, is refused by a key (V19). */
    @Override
    public void add(Visit visit, VisitEvent event) {
        try {
            Query insert = em.createNativeQuery("INSERT INTO visit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Object[] values = VisitMapper.values(visit);
            for (int i = 0; i < values.length; i++) {
                insert.setParameter(i + 1, values[i]);
            }
            insert.executeUpdate();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isDuplicatePrimaryKey(e, "VISIT", "PK_VISIT")
                    || ConstraintViolations.isViolationOf(e, "UQ_VISIT_APPOINTMENT")) {
                throw new IllegalStateException("A second visit " + visit.number() + " at " + visit.office()
                        + " on " + visit.day() + (visit.appointment().isPresent() ? " or of its appointment" : ""), e);
            }
            throw e;
        }
        log(event);
    }

    @Override
    public Optional<Visit> find(OfficeId office, LocalDate day, DisplayNumber number) {
        return visits(select(SAME_VISIT).setParameter(1, office.value()).setParameter(2, day)
                .setParameter(3, number.value())).stream().findFirst();
    }

    @Override
    public Optional<Visit> findByAppointment(ConfirmationCode appointment) {
        return visits(select(" WHERE appointment_code = ?").setParameter(1, appointment.value())).stream()
                .findFirst();
    }

    @Override
    public List<Visit> open(OfficeId office, LocalDate day) {
        return visits(select(" WHERE office_id = ? AND service_day = ? AND status IN ('WAITING', 'CALLED', 'SERVING')"
                + " ORDER BY queued_at, display_no").setParameter(1, office.value()).setParameter(2, day));
    }

    /**
     * Also refused when the visit took another step since it was read, though waiting again (transferred back to
     * the queue, or withdrawn and checked in again): the call was decided on a queue that is no longer there.
     */
    @Override
    public boolean tryCall(Visit called, VisitEvent event) {
        if (change(called, " AND status = 'WAITING'") == 0) {
            return false;
        }
        log(event);
        return true;
    }

    @Override
    public void update(Visit visit, VisitEvent event) {
        if (change(visit, "") == 0) {
            throw new EditConflictException("the visit " + visit.number());
        }
        log(event);
    }

    /** Writes the visit's new state if it is still at the version it was read at (and {@code also} holds). */
    private int change(Visit visit, String also) {
        Query update = em.createNativeQuery("UPDATE visit SET " + CHANGED + SAME_VISIT + " AND version = ?" + also);
        Object[] values = VisitMapper.changed(visit);
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 1, values[i]);
        }
        return update.setParameter(values.length + 1, visit.office().value())
                .setParameter(values.length + 2, visit.day()).setParameter(values.length + 3, visit.number().value())
                .setParameter(values.length + 4, visit.version()).executeUpdate();
    }

    /**
     * By the visits' first calls, as the fake and the queue's turns count them: a visit transferred and called again
     * took its turn at its first call.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<VisitKind> latestCalledKinds(OfficeId office, LocalDate day, int limit) {
        List<Object> kinds = em.createNativeQuery("SELECT kind FROM visit WHERE office_id = ? AND service_day = ?"
                + " AND priority = 'NONE' AND first_called_at IS NOT NULL"
                + " ORDER BY first_called_at DESC, display_no DESC FETCH FIRST ? ROWS ONLY")
                .setParameter(1, office.value()).setParameter(2, day).setParameter(3, limit).getResultList();
        return kinds.stream().map(kind -> VisitKind.valueOf((String) kind)).toList();
    }

    @Override
    public List<LoggedEvent> latestCalls(OfficeId office, LocalDate day, int limit) {
        return events(em.createNativeQuery("SELECT " + EVENT_COLUMNS + " FROM visit_event WHERE office_id = ?"
                + " AND service_day = ? AND kind IN ('CALLED', 'RECALLED') ORDER BY log_position DESC"
                + " FETCH FIRST ? ROWS ONLY").setParameter(1, office.value()).setParameter(2, day)
                .setParameter(3, limit));
    }

    @Override
    public long logLength(OfficeId office) {
        // a count, not the highest position: positions come from a sequence and may commit out of order
        return NativeColumns.longValue(em.createNativeQuery("SELECT COUNT(*) FROM visit_event"
                + " WHERE office_id = ?").setParameter(1, office.value()).getSingleResult());
    }

    @Override
    public int forgetNamesBefore(LocalDate day) {
        return em.createNativeQuery("UPDATE visit SET person_name = NULL WHERE person_name IS NOT NULL"
                + " AND service_day < ?").setParameter(1, day).executeUpdate();
    }

    @Override
    public List<LoggedEvent> log(OfficeId office, LocalDate day) {
        return events(em.createNativeQuery("SELECT " + EVENT_COLUMNS + " FROM visit_event WHERE office_id = ?"
                + " AND service_day = ? ORDER BY log_position").setParameter(1, office.value()).setParameter(2, day));
    }

    private void log(VisitEvent event) {
        Query insert = em.createNativeQuery("INSERT INTO visit_event (" + EVENT_COLUMNS + ") VALUES"
                + " (visit_event_seq.NEXTVAL, ?, ?, ?, ?, ?, ?, ?, ?)");
        Object[] values = VisitMapper.values(event);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
    }

    private Query select(String where) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM visit" + where);
    }

    @SuppressWarnings("unchecked")
    private static List<Visit> visits(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(VisitMapper::visit).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<LoggedEvent> events(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(VisitMapper::event).toList();
    }
}
