package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Out-port: counts of an office's appointments for the capacity figures, each one aggregate query in the store
 * (never a load of the appointments themselves). Ranges are half-open, [{@code from}, {@code to}). Only what was
 * found is counted: a group with no appointment has no row (no zero counts), and a procedure none in the map.
 */
public interface CapacityStatistics {

    /**
     * A change to an appointment's status or time is logged ({@link #lateChangesSince}) when its slot (before the
     * change) had begun at least this long before: the figures of a day over since then may be kept, as long as the
     * log says nothing of it. Less than a day, so that every change to a day before yesterday is logged, even across
     * a change of the clocks.
     */
    Duration LATE_CHANGE = Duration.ofHours(12);

    /**
     * How many appointments of a procedure in one slot are in a status (and, when cancelled, who cancelled them).
     */
    record StatusCount(Instant slotStart, ProcedureCode procedure, AppointmentStatus status,
            Optional<Cancellation.By> cancelledBy, long count) {
    }

    /** A slot of an office. */
    record OfficeSlot(OfficeId office, Instant start) {
    }

    /** How many appointments of a procedure in one slot are in a status. */
    record SlotStatusCount(Instant slotStart, ProcedureCode procedure, AppointmentStatus status, long count) {
    }

    /**
     * Appointments of the office whose slot starts in the range, of every status, per slot, procedure and (when
     * cancelled) who cancelled; in order of slot start, procedure code, status (as {@link AppointmentStatus} lists
     * them), then who cancelled.
     */
    List<StatusCount> countBySlotAndCanceller(OfficeId office, Instant from, Instant to);

    /**
     * Appointments of the office whose slot starts in the range, of every status, per slot and procedure; in order of
     * slot start, then procedure code, then status.
     */
    List<SlotStatusCount> countBySlot(OfficeId office, Instant from, Instant to);

    /**
     * Bookings made in the range, per procedure: appointments created then, whatever their slot, except holds that
     * ran out unverified ({@code EXPIRED}).
     */
    Map<ProcedureCode, Long> bookingsMade(OfficeId office, Instant from, Instant to);

    /**
     * Cancellations made in the range (by the applicant or the office), per procedure, whatever their slot. Those
     * cancelled before the moment was recorded ({@link Cancellation#at()} empty) are in no range.
     */
    Map<ProcedureCode, Long> cancellationsMade(OfficeId office, Instant from, Instant to);

    /**
     * The slots (as they were before the change) of the appointments whose status or time changed at or after
     * {@code since}, {@link #LATE_CHANGE} or more after the slot began.
     */
    Set<OfficeSlot> lateChangesSince(Instant since);
}
