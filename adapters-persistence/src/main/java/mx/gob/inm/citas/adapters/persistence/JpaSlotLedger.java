package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * {@code UPDATE … SET taken = taken + 1 WHERE taken < places AND calendar_version = ?} in the caller's transaction,
 * so the database, not this code, decides who gets the last place and whether the slot was fenced since the hold
 * read the calendar; the place is then a numbered seat in {@code slot_seat}, whose primary key makes giving one seat
 * twice impossible even if the count were wrong. A fence moves {@code calendar_version} on with an UPDATE of the
 * same rows, so a fence and a hold on one slot always meet on its row lock, and each decides on what the other
 * committed. A slot's rows are created ahead of its holds ({@link #open}, for every slot of the booking window), or
 * at its first hold if not, through a separate, non-transactional connection: two requests creating one at once
 * cannot poison the booking transaction, and the loser of that race simply finds the row there. Fences create the
 * rows they need the same way, so no row vanishes with a transaction that rolls back.
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

    /** Slots fenced by one statement: Oracle allows at most 1000 values in an IN list. */
    private static final int FENCED_PER_STATEMENT = 500;

    private static final String INSERT_ROW = "INSERT INTO slot_ledger (office_id, slot_start, taken) VALUES (?, ?, 0)";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    /** Told of every place taken or given back, for the public calendar's answers (the Data Grid's in a cluster). */
    @Inject
    CatalogueVersions versions = CatalogueVersions.inMemory();

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

    /**
     * A row is created at version 0 and fenced only once it exists, so a slot without a row was never fenced: its
     * version is 0, and reading it creates nothing (a request for a time that is no slot at all leaves no row).
     */
    @Override
    public long calendarVersion(OfficeId office, Instant slotStart) {
        return storedVersion(office.value(), Utc.of(slotStart)).orElse(0L);
    }

    /**
     * The conditional update first: the slot's row usually exists (it was {@linkplain #open opened} ahead, or taken
     * before), and then a place costs one statement. Only when it counts nothing does the committed row tell why: a
     * changed version, or a full count. No row at all means the slot was never opened: its row is created and the
     * update tried once more. So is a row with a place free: a racing first hold created it after this update found
     * none, and only a second update, which now meets the row, may call the slot full.
     */
    @Override
    public Taking tryTake(OfficeId office, Instant slotStart, int places, long calendarVersion,
            ConfirmationCode holder) {
        LocalDateTime start = Utc.of(slotStart);
        if (!take(office.value(), start, places, calendarVersion)) {
            Optional<Object[]> committed = storedRow(office.value(), start);
            if (committed.isEmpty()) {
                if (calendarVersion != 0) {
                    // a version read from a row that is no longer there: nothing of that calendar stands
                    return Taking.CALENDAR_CHANGED;
                }
                openRow(office.value(), start);
            } else if (((Number) committed.get()[0]).longValue() != calendarVersion) {
                return Taking.CALENDAR_CHANGED;
            } else if (((Number) committed.get()[1]).intValue() >= places) {
                return Taking.FULL;
            }
            if (!take(office.value(), start, places, calendarVersion)) {
                return calendarVersion(office, slotStart) == calendarVersion ? Taking.FULL : Taking.CALENDAR_CHANGED;
            }
        }
        return takeSeat(office.value(), start, places, holder.value()) ? taken(office) : Taking.FULL;
    }

    private Taking taken(OfficeId office) {
        CatalogueFreePlaceVersions.changing(versions, office);
        return Taking.TAKEN;
    }

    /** Counts one more place taken if one is free and the slot is still at {@code version}; false otherwise. */
    private boolean take(String office, LocalDateTime start, int places, long version) {
        return em.createQuery("UPDATE SlotLedgerEntity s SET s.taken = s.taken + 1"
                + " WHERE s.officeId = :office AND s.slotStartUtc = :start AND s.taken < :places"
                + " AND s.calendarVersion = :version")
                .setParameter("office", office).setParameter("start", start).setParameter("places", places)
                .setParameter("version", version)
                .executeUpdate() == 1;
    }

    /** The committed calendar version and count of the slot's row, if it has one. */
    private Optional<Object[]> storedRow(String office, LocalDateTime start) {
        return em.createQuery("SELECT s.calendarVersion, s.taken FROM SlotLedgerEntity s WHERE s.officeId = :office"
                + " AND s.slotStartUtc = :start", Object[].class)
                .setParameter("office", office).setParameter("start", start)
                .getResultStream().findFirst();
    }

    private Optional<Long> storedVersion(String office, LocalDateTime start) {
        return em.createQuery("SELECT s.calendarVersion FROM SlotLedgerEntity s WHERE s.officeId = :office"
                + " AND s.slotStartUtc = :start", Long.class)
                .setParameter("office", office).setParameter("start", start)
                .getResultStream().findFirst();
    }

    /**
     * Creates the rows of the slots not opened yet, each committed at once through its own connection (outside the
     * caller's transaction), so that their first holds need no second commit.
     */
    @Override
    public void open(OfficeId office, Collection<Instant> slotStarts) {
        createRowsIfMissing(office.value(), slotStarts.stream().map(Utc::of).distinct().sorted().toList());
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
        CatalogueFreePlaceVersions.changing(versions, office);
    }

    /**
     * Reads start and count only, never the entities: managed rows would stay in the persistence context for the rest
     * of the transaction, and EclipseLink compares every managed entity with its copy before each later query (to
     * flush changes first). The national dashboard reads 42 offices' ledgers in one transaction, and that comparison
     * of thousands of rows before each of its queries was most of its time.
     */
    @Override
    public TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to) {
        return new TakenPlaces(em.createQuery("SELECT s.slotStartUtc, s.taken FROM SlotLedgerEntity s"
                + " WHERE s.officeId = :office AND s.slotStartUtc >= :from AND s.slotStartUtc < :to AND s.taken > 0",
                Object[].class)
                .setParameter("office", office.value()).setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .getResultStream()
                .collect(Collectors.toMap(r -> Utc.instant((LocalDateTime) r[0]), r -> ((Number) r[1]).intValue())));
    }

    /** Every row exists once {@link #createRowsIfMissing} returns, so each statement moves on every row it names. */
    @Override
    public void fence(OfficeId office, Collection<Instant> slotStarts) {
        List<LocalDateTime> starts = slotStarts.stream().map(Utc::of).distinct().sorted().toList();
        createRowsIfMissing(office.value(), starts);
        for (int from = 0; from < starts.size(); from += FENCED_PER_STATEMENT) {
            List<LocalDateTime> some = starts.subList(from, Math.min(starts.size(), from + FENCED_PER_STATEMENT));
            int fenced = em.createQuery("UPDATE SlotLedgerEntity s SET s.calendarVersion = s.calendarVersion + 1"
                    + " WHERE s.officeId = :office AND s.slotStartUtc IN :starts")
                    .setParameter("office", office.value()).setParameter("starts", some)
                    .executeUpdate();
            if (fenced != some.size()) {
                throw new IllegalStateException("Fenced " + fenced + " of " + some.size() + " slots of office "
                        + office + " from " + some.get(0) + "Z");
            }
        }
    }

    /** The row of a slot whose first hold found none; whoever creates it first, it is there afterwards. */
    private void openRow(String office, LocalDateTime start) {
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            createRowIfMissing(c, office, start);
        } catch (SQLException e) {
            throw cannotOpen(office, start, e);
        }
        knownRows.add(key(office, start));
    }

    /**
     * The rows a fence or an opening needs, in one batch committed once: a console change may fence thousands of
     * slots, most never booked. Should a hold or another instance create one of them meanwhile, the batch fails and
     * each is created on its own, tolerating the others.
     */
    private void createRowsIfMissing(String office, List<LocalDateTime> starts) {
        List<LocalDateTime> unknown = starts.stream().filter(s -> !knownRows.contains(key(office, s))).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try (Connection c = rows.getConnection()) {
            c.setAutoCommit(true);
            Set<LocalDateTime> existing = new HashSet<>();
            try (PreparedStatement stored = c.prepareStatement("SELECT slot_start FROM slot_ledger"
                    + " WHERE office_id = ? AND slot_start >= ? AND slot_start <= ?")) {
                stored.setString(1, office);
                stored.setObject(2, unknown.get(0));
                stored.setObject(3, unknown.get(unknown.size() - 1));
                try (ResultSet found = stored.executeQuery()) {
                    while (found.next()) {
                        existing.add(found.getObject(1, LocalDateTime.class));
                    }
                }
            }
            List<LocalDateTime> missing = unknown.stream().filter(s -> !existing.contains(s)).toList();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
                for (LocalDateTime start : missing) {
                    insert.setString(1, office);
                    insert.setObject(2, start);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (BatchUpdateException e) {
                c.rollback();
                c.setAutoCommit(true);
                for (LocalDateTime start : missing) {
                    createRowIfMissing(c, office, start);
                }
            }
        } catch (SQLException e) {
            throw cannotOpen(office, unknown.get(0), e);
        }
        unknown.forEach(s -> knownRows.add(key(office, s)));
    }

    /**
     * Inserts the row and takes a duplicate as success: the row is usually missing here (the slot's first hold, or a
     * fence racing a hold), so one statement, not a look first and an insert after.
     */
    private static void createRowIfMissing(Connection c, String office, LocalDateTime start) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
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
    }

    private static String key(String office, LocalDateTime start) {
        return office + "|" + start;
    }

    private static IllegalStateException cannotOpen(String office, LocalDateTime start, SQLException e) {
        return new IllegalStateException("Cannot open the slot " + start + "Z of office " + office + " in the ledger",
                e);
    }
}
