package mx.gob.inm.citas.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: the nightly snapshots of each office's backlog. An office-day is recorded once: the store refuses a second
 * snapshot of the same office, procedure and day, whichever instance writes it.
 */
public interface CapacitySnapshots {

    /**
     * Stores the snapshots of one office-day (all of the same office and day, each procedure once) in the caller's
     * transaction; none when the list is empty.
     *
     * @throws mx.gob.inm.citas.domain.shared.EditConflictException when a snapshot of the same office, day and
     *     procedure is already stored (another instance recorded the day first); none of the list is then stored, and
     *     the caller's transaction must roll back
     * @throws IllegalArgumentException when the list mixes offices or days, or names a procedure twice
     */
    void record(List<CapacitySnapshot> snapshots);

    /** Whether the office's day was recorded. */
    boolean hasDay(OfficeId office, LocalDate day);

    /** The latest day recorded for the office. */
    Optional<LocalDate> lastDay(OfficeId office);

    /** The office's snapshots of the days in [{@code from}, {@code to}], by day then procedure. */
    List<CapacitySnapshot> between(OfficeId office, LocalDate from, LocalDate to);
}
