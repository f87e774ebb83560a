package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: the nightly snapshots of every office's backlog (the trend on the office dashboard). Every instance runs
 * it; a lease in the database lets one at a time record, and an office-day is recorded once.
 */
public interface RecordCapacitySnapshotsUseCase {

    /**
     * Records, for each office whose local night has begun ({@value #NIGHT_HOUR}:00 at the office or later), the day
     * that just ended, and fills in the days missed since its last snapshot (at most {@value #MAX_FILL_IN_DAYS}
     * back). Returns the office-days recorded by {@code instance} now (0 while another instance holds the lease).
     */
    int recordDue(String instance);

    /**
     * Records by hand one office-day that was missed (a day before today at the office), unless already recorded:
     * for admins only ({@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException} otherwise, audited).
     */
    boolean recordMissed(StaffMember member, String officeId, LocalDate day);

    /** The first office-local hour at which the day before is recorded. */
    int NIGHT_HOUR = 1;
    int MAX_FILL_IN_DAYS = 14;
}
