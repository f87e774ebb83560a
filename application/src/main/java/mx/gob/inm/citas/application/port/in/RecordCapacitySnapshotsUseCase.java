package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: the nightly snapshots of every office's backlog (the trend on the office dashboard). Every instance runs
 * the job: it asks which office-days are {@link #due}, then {@link #record records} each in its own transaction; a
 * lease in the database lets one instance at a time do it, and an office-day is recorded once.
 */
public interface RecordCapacitySnapshotsUseCase {

    /** The first office-local hour at which the day before is recorded. */
    int NIGHT_HOUR = 1;
    /** Until this office-local hour of the morning after, the booking window is measured as it stood that night. */
    int MEASURED_UNTIL_HOUR = 6;
    /** How many days back missed days are filled in. */
    int MAX_FILL_IN_DAYS = 14;

    /** One office's day. */
    record OfficeDay(OfficeId office, LocalDate day) {
    }

    /**
     * The office-days to record now, if {@code instance} holds the job's lease (taken or renewed here, in a
     * transaction of its own); none while another instance holds it. For each office whose local night has begun
     * ({@value #NIGHT_HOUR}:00 or later): the day that ended, and the days of the last {@value #MAX_FILL_IN_DAYS}
     * missed since it was first recorded.
     */
    List<OfficeDay> due(String instance);

    /**
     * Records one office-day, in a transaction of its own, if {@code instance} still holds the lease and the day is
     * not recorded yet; false otherwise.
     */
    boolean record(String instance, OfficeDay day);

    /**
     * Records by hand one office-day that was missed (a day before today at the office), unless already recorded:
     * for admins only ({@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException} otherwise, audited).
     */
    boolean recordMissed(StaffMember member, String officeId, LocalDate day);
}
