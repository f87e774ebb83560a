package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Adapter: the slot ledger in {@code slot_ledger}. A place is taken by one conditional
 * {@code UPDATE … SET taken = taken + 1 WHERE taken < places} in the caller's transaction, so the database, not
 * this code, decides who gets the last place; the place is then a numbered seat in {@code slot_seat}, whose primary
 * key makes giving one seat twice impossible even if the count were wrong. A slot's row is created on first use
 * through a separate, non-transactional connection: two requests creating it at once cannot poison the booking
 * transaction, and the loser of that race simply finds the row there.
 */
@ApplicationScoped
class JpaSlotLedger implements SlotLedger {

    /**
     * Inserts the lowest free seat of a slot that is not above its places, or nothing when there is none. The lowest
     * free seat is 1 or follows a taken one, so those are the only candidates. Parameters: office, start, holder,
     * office, start, places, office, start.
     */
    private static final String TAKE_LOWEST_FREE_SEAT = "INSERT INTO slot_seat (office_id, slot_start, seat_no,"
            + " appointment_code) SELECT CAST(? AS VARCHAR2(60)), CAST(? AS TIMESTAMP), MIN(c.n),"
            + " CAST(? AS VARCHAR2(8)) FROM (SELECT 1 AS n FROM dual UNION ALL SELECT s.seat_no + 1 FROM slot_seat s"
            + " WHERE s.office_id = ? AND s.slot_start = ?) c"
            + " WHERE c.n <= ? AND NOT EXISTS (SELECT 1 FROM slot_seat t WHERE t.office_id = ? AND t.slot_start = ?"
            + " AND t.seat_no = c.n) HAVING MIN(c.n) IS NOT NULL";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;

    /** Ledger rows are never deleted: once a row is known to exist, it need not be looked for again. */
    private final Set<String> knownRows = ConcurrentHashMap.newKeySet();

    JpaSlotLedger() {
    }

    JpaSlotLedger(EntityManager em, DataSource rows) {
        this.em = em;
        this.rows = rows;
    }

    @Override
    public boolean tryTake(OfficeId office, Instant slotStart, int places, ConfirmationCode holder) {
        LocalDateTime start = Utc.of(slotStart);
        ensureRow(office.value(), start);
        boolean counted = em.createQuery("UPDATE SlotLedgerEntity s SET s.taken = s.taken + 1"
                + " WHERE s.officeId = :office AND s.slotStartUtc = :start AND s.taken < :places")
                .setParameter("office", office.value()).setParameter("start", start).setParameter("places", places)
                .executeUpdate() == 1;
        return counted && takeSeat(office.value(), start, places, holder.value());
    }

    /**
     * Gives the holder the lowest free seat of the slot, in one statement. This transaction now holds the slot's
     * ledger row, so the seats of everyone who took a place before are committed and seen here. Should the count
     * ever have let one request too many through, no seat up to {@code places} is free and nothing is inserted, or
     * the primary key refuses the seat two requests chose.
     */
    private boolean takeSeat(String office, LocalDateTime start, int places, String holder) {
        Timestamp at = Timestamp.valueOf(start);
        try {
            return em.createNativeQuery(TAKE_LOWEST_FREE_SEAT).setParameter(1, office).setParameter(2, at)
                    .setParameter(3, holder).setParameter(4, office).setParameter(5, at).setParameter(6, places)
                    .setParameter(7, office).setParameter(8, at).executeUpdate() == 1;
        } catch (PersistenceException e) {
            if (ConstraintViolations.isIntegrityViolation(e) && !ConstraintViolations.isViolationOf(e,
                    "FK_SLOT_SEAT_LEDGER")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(OfficeId office, Instant slotStart, ConfirmationCode holder) {
        LocalDateTime start = Utc.of(slotStart);
        em.createQuery("UPDATE SlotLedgerEntity s SET s.taken = s.taken - 1"
                + " WHERE s.officeId = :office AND s.slotStartUtc = :start AND s.taken > 0")
                .setParameter("office", office.value()).setParameter("start", start).executeUpdate();
        em.createNativeQuery("DELETE FROM slot_seat WHERE office_id = ? AND slot_start = ? AND appointment_code = ?")
                .setParameter(1, office.value()).setParameter(2, Timestamp.valueOf(start))
                .setParameter(3, holder.value()).executeUpdate();
    }

    @Override
    public TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to) {
        return new TakenPlaces(em.createQuery("SELECT s FROM SlotLedgerEntity s WHERE s.officeId = :office"
                + " AND s.slotStartUtc >= :from AND s.slotStartUtc < :to AND s.taken > 0", SlotLedgerEntity.class)
                .setParameter("office", office.value()).setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .getResultStream()
                .collect(Collectors.toMap(s -> Utc.instant(s.slotStartUtc), s -> s.taken)));
    }

    private void ensureRow(String office, LocalDateTime start) {
        String key = office + "|" + start;
        if (knownRows.contains(key)) {
            return;
        }
        createRowIfMissing(office, start);
        knownRows.add(key);
    }

    private void createRowIfMissing(String office, LocalDateTime start) {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT 1 FROM slot_ledger WHERE office_id = ? AND slot_start = ?")) {
                exists.setString(1, office);
                exists.setObject(2, start);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO slot_ledger (office_id, slot_start, taken) VALUES (?, ?, 0)")) {
                insert.setString(1, office);
                insert.setObject(2, start);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!ConstraintViolations.isIntegrityViolation(e) || ConstraintViolations.isViolationOf(e,
                        "FK_SLOT_LEDGER_OFFICE")) {
                    throw e;
                }
                // Another request created the row first: exactly what was needed.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the slot " + start + "Z of office " + office
                    + " in the ledger", e);
        }
    }
}
