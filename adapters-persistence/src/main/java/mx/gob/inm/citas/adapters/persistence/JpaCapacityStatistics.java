package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Adapter: the capacity figures' counts, each one native {@code GROUP BY} over {@code appointment} (V14) that reads
 * only an index holding every column it needs: {@code ix_appointment_figures} for a range of slots,
 * {@code ix_appointment_created} for the bookings and {@code ix_appointment_cancelled} for the cancellations of a
 * range of time; and the log of late changes, read from {@code ix_appointment_late_change_time} (V22). No entity is
 * built: each row of the answer is a count. {@code COUNT(*)} rather than a count of a column, which the index may not
 * hold. Parameters, in each: office, from, to (UTC wall-clock, see {@link Utc}). The counts per slot group by the office
 * too, which the condition fixes: so they group by the index's leading columns, and H2 reads each group from the
 * index in its order ("group sorted") instead of keeping every group in a sorted map until the last row.
 */
@ApplicationScoped
class JpaCapacityStatistics implements CapacityStatistics {

    static final String BY_SLOT_AND_CANCELLER = "SELECT slot_start, procedure_code, status, cancelled_by, COUNT(*)"
            + " FROM appointment WHERE office_id = ? AND slot_start >= ? AND slot_start < ?"
            + " GROUP BY office_id, slot_start, procedure_code, status, cancelled_by";

    static final String BY_SLOT = "SELECT slot_start, procedure_code, status, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND slot_start >= ? AND slot_start < ?"
            + " GROUP BY office_id, slot_start, procedure_code, status";

    static final String BOOKINGS_MADE = "SELECT procedure_code, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND created_at >= ? AND created_at < ? AND status <> 'EXPIRED'"
            + " GROUP BY procedure_code";

    /** Only a cancelled appointment has a {@code cancelled_at} (CK_APPOINTMENT_CANCELLED_BY). */
    static final String CANCELLATIONS_MADE = "SELECT procedure_code, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND cancelled_at >= ? AND cancelled_at < ?"
            + " GROUP BY procedure_code";

    /** Read by {@code changed_at} from {@code ix_appointment_late_change_time} alone (V22). */
    static final String LATE_CHANGES = "SELECT DISTINCT office_id, slot_start FROM appointment_late_change"
            + " WHERE changed_at >= ?";

    /** The port's orders, sorted here: statuses go as the enum lists them, and Oracle may collate codes otherwise. */
    private static final Comparator<StatusCount> SLOT_PROCEDURE_STATUS_CANCELLER = Comparator
            .comparing(StatusCount::slotStart).thenComparing(c -> c.procedure().value())
            .thenComparing(StatusCount::status)
            .thenComparing(c -> c.cancelledBy().map(Enum::ordinal).orElse(-1));

    private static final Comparator<SlotStatusCount> SLOT_PROCEDURE_STATUS = Comparator
            .comparing(SlotStatusCount::slotStart).thenComparing(c -> c.procedure().value())
            .thenComparing(SlotStatusCount::status);

    @PersistenceContext(unitName = CitasPersistence.UNIT)
    private EntityManager em;

    JpaCapacityStatistics() {
    }

    JpaCapacityStatistics(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<StatusCount> countBySlotAndCanceller(OfficeId office, Instant from, Instant to) {
        return rows(BY_SLOT_AND_CANCELLER, office, from, to).stream()
                .map(row -> new StatusCount(instant(row[0]), new ProcedureCode((String) row[1]),
                        AppointmentStatus.valueOf((String) row[2]),
                        Optional.ofNullable((String) row[3]).map(Cancellation.By::valueOf), count(row[4])))
                .sorted(SLOT_PROCEDURE_STATUS_CANCELLER).toList();
    }

    @Override
    public List<SlotStatusCount> countBySlot(OfficeId office, Instant from, Instant to) {
        return rows(BY_SLOT, office, from, to).stream()
                .map(row -> new SlotStatusCount(instant(row[0]), new ProcedureCode((String) row[1]),
                        AppointmentStatus.valueOf((String) row[2]), count(row[3])))
                .sorted(SLOT_PROCEDURE_STATUS).toList();
    }

    @Override
    public Map<ProcedureCode, Long> bookingsMade(OfficeId office, Instant from, Instant to) {
        return perProcedure(rows(BOOKINGS_MADE, office, from, to));
    }

    @Override
    public Map<ProcedureCode, Long> cancellationsMade(OfficeId office, Instant from, Instant to) {
        return perProcedure(rows(CANCELLATIONS_MADE, office, from, to));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<OfficeSlot> lateChangesSince(Instant since) {
        Set<OfficeSlot> changed = new HashSet<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(LATE_CHANGES).setParameter(1, Utc.of(since))
                .getResultList()) {
            changed.add(new OfficeSlot(new OfficeId((String) row[0]), instant(row[1])));
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, OfficeId office, Instant from, Instant to) {
        return em.createNativeQuery(sql).setParameter(1, office.value())
                .setParameter(2, Utc.of(from)).setParameter(3, Utc.of(to))
                .getResultList();
    }

    private static Map<ProcedureCode, Long> perProcedure(List<Object[]> rows) {
        Map<ProcedureCode, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(new ProcedureCode((String) row[0]), count(row[1]));
        }
        return counts;
    }

    /** A {@code COUNT(*)}: a {@code Long} on H2, a {@code BigDecimal} on Oracle (NUMBER). */
    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * A {@code TIMESTAMP} column of a native query: EclipseLink's Oracle platforms, the unit's on H2 as on Oracle, read
     * it with {@code getTimestamp}; anything else would read a {@code LocalDateTime}.
     */
    private static Instant instant(Object value) {
        LocalDateTime utc = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return Utc.instant(utc);
    }
}
