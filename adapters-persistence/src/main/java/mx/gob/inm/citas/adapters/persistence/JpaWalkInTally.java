package mx.gob.inm.citas.adapters.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Adapter: the walk-in tokens each pool gave on a day, in {@code walk_in_tally} (V19). A token is counted by one
 * conditional {@code UPDATE … SET issued = issued + 1 WHERE … AND issued < quota} in the caller's transaction: the
 * row lock makes receptionists pressing at once on any instance queue there, and each decides on what the one before
 * committed, so the quota holds. A day's row is created on first use outside the transaction
 * ({@link RowsOutsideTheTransaction}), so a rolled-back issue gives its token back and never takes the row with it.
 */
@ApplicationScoped
class JpaWalkInTally implements WalkInTally {

    private static final String COUNT_ONE = "UPDATE walk_in_tally SET issued = issued + 1"
            + " WHERE office_id = ? AND letter = ? AND service_day = ? AND issued < ?";
    private static final String ISSUED = "SELECT issued FROM walk_in_tally"
            + " WHERE office_id = ? AND letter = ? AND service_day = ?";
    private static final String INSERT_ROW = "INSERT INTO walk_in_tally (office_id, letter, service_day, issued)"
            + " VALUES (?, ?, ?, 0)";

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    @Resource(lookup = CitasPersistence.LEDGER_ROWS_DATA_SOURCE)
    private DataSource rows;

    JpaWalkInTally() {
    }

    JpaWalkInTally(EntityManager em, DataSource rows) {
        this.em = em;
        this.rows = rows;
    }

    /**
     * Counted at once when the day's row exists (after the first token, every time). Refused with the row there, the
     * pool is out: issued tokens are never given back, and the refusal was decided on the latest committed count.
     */
    @Override
    public boolean tryIssue(OfficeId office, char letter, LocalDate day, int quota) {
        if (countOne(office, letter, day, quota)) {
            return true;
        }
        if (!stored(office, letter, day).isEmpty()) {
            return false;
        }
        RowsOutsideTheTransaction.createIfMissing(rows, ISSUED, INSERT_ROW, office.value(), String.valueOf(letter),
                day);
        return countOne(office, letter, day, quota);
    }

    @Override
    public int issued(OfficeId office, char letter, LocalDate day) {
        return stored(office, letter, day).stream().findFirst().map(NativeColumns::integer).orElse(0);
    }

    private boolean countOne(OfficeId office, char letter, LocalDate day, int quota) {
        return em.createNativeQuery(COUNT_ONE).setParameter(1, office.value()).setParameter(2, String.valueOf(letter))
                .setParameter(3, day).setParameter(4, quota).executeUpdate() == 1;
    }

    private List<?> stored(OfficeId office, char letter, LocalDate day) {
        return em.createNativeQuery(ISSUED).setParameter(1, office.value()).setParameter(2, String.valueOf(letter))
                .setParameter(3, day).getResultList();
    }
}
