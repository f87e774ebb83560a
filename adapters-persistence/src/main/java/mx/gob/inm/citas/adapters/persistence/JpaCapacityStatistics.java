package mx.gob.inm.citas.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * hold. Parameters, in each: office, from, to (UTC wall-clock, see {@link Utc}); several offices for the slots
 * counted by canceller.
 */
@ApplicationScoped
class JpaCapacityStatistics implements CapacityStatistics {

    /** Offices counted by one statement: Oracle allows at most 1000 values in an IN list. */
    static final int OFFICES_PER_STATEMENT = 500;

    /** Spans read by one statement begin at most this long after its first one's. */
    static final Duration SPANS_TOGETHER = Duration.ofDays(1);

    static final String BY_SLOT = "SELECT slot_start, procedure_code, status, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND slot_start >= ? AND slot_start < ?"
            + " GROUP BY slot_start, procedure_code, status";

    static final String BOOKINGS_MADE = "SELECT procedure_code, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND created_at >= ? AND created_at < ? AND status <> 'EXPIRED'"
            + " GROUP BY procedure_code";

    /** Only a cancelled appointment has a {@code cancelled_at} (CK_APPOINTMENT_CANCELLED_BY). */
    static final String CANCELLATIONS_MADE = "SELECT procedure_code, COUNT(*) FROM appointment"
            + " WHERE office_id = ? AND cancelled_at >= ? AND cancelled_at < ?"
            + " GROUP BY procedure_code";

    /** The port's orders, sorted here: statuses go as the enum lists them, and Oracle may collate codes otherwise. */
    /** Read by {@code changed_at} from {@code ix_appointment_late_change_time} alone (V22). */
    static final String LATE_CHANGES = "SELECT DISTINCT office_id, slot_start FROM appointment_late_change"
            + " WHERE changed_at >= ?";

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

    /**
     * The slots of several offices by office, in a statement whose parameters are: {@code offices} office ids, then
     * from and to. Read from {@code ix_appointment_figures}, office by office.
     */
    static String bySlotAndCanceller(int offices) {
        return "SELECT office_id, slot_start, procedure_code, status, cancelled_by, COUNT(*) FROM appointment"
                + " WHERE office_id IN (" + String.join(", ", Collections.nCopies(offices, "?")) + ")"
                + " AND slot_start >= ? AND slot_start < ?"
                + " GROUP BY office_id, slot_start, procedure_code, status, cancelled_by";
    }

    /**
     * Spans that begin within {@link #SPANS_TOGETHER} of the earliest are read by one statement over the range that
     * holds them all, and each row is kept only if its office's own span holds its slot. The national view's spans
     * are every office's yesterday and today, hours apart by the offices' zones: one statement. An office whose
     * older day changed asks for more days, and is read on its own rather than making every office read them.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<OfficeId, List<StatusCount>> countBySlotAndCanceller(Collection<OfficeSpan> spans) {
        Map<String, OfficeSpan> byOffice = new HashMap<>();
        for (OfficeSpan span : spans) {
            if (byOffice.put(span.office().value(), span) != null) {
                throw new IllegalArgumentException("Two spans of office " + span.office());
            }
        }
        List<OfficeSpan> sorted = spans.stream().filter(s -> s.from().isBefore(s.to()))
                .sorted(Comparator.comparing(OfficeSpan::from)).toList();
        Map<OfficeId, List<StatusCount>> counts = new HashMap<>();
        int first = 0;
        while (first < sorted.size()) {
            Instant latestStart = sorted.get(first).from().plus(SPANS_TOGETHER);
            int end = first;
            while (end < sorted.size() && end - first < OFFICES_PER_STATEMENT
                    && !sorted.get(end).from().isAfter(latestStart)) {
                end++;
            }
            List<OfficeSpan> together = sorted.subList(first, end);
            Instant to = together.stream().map(OfficeSpan::to).max(Comparator.naturalOrder()).orElseThrow();
            Query query = em.createNativeQuery(bySlotAndCanceller(together.size()));
            int p = 1;
            for (OfficeSpan span : together) {
                query.setParameter(p++, span.office().value());
            }
            query.setParameter(p++, Utc.of(together.get(0).from())).setParameter(p, Utc.of(to));
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                OfficeSpan span = byOffice.get((String) row[0]);
                Instant slot = instant(row[1]);
                if (slot.isBefore(span.from()) || !slot.isBefore(span.to())) {
                    continue;
                }
                counts.computeIfAbsent(span.office(), o -> new ArrayList<>()).add(new StatusCount(slot,
                        new ProcedureCode((String) row[2]), AppointmentStatus.valueOf((String) row[3]),
                        Optional.ofNullable((String) row[4]).map(Cancellation.By::valueOf), count(row[5])));
            }
            first = end;
        }
        counts.replaceAll((office, found) -> found.stream().sorted(SLOT_PROCEDURE_STATUS_CANCELLER).toList());
        return counts;
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
