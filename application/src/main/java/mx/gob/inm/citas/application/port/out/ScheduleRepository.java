package mx.gob.inm.citas.application.port.out;

import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Out-port: stores the weekly schedule of each office. */
public interface ScheduleRepository {

    /** The office's week; a schedule without periods when none was set. */
    WeeklySchedule findByOffice(OfficeId office);

    /** Replaces the office's whole week with {@code schedule} (the demo seed: no one else edits it yet). */
    void save(WeeklySchedule schedule);

    /** How many times the office's week was saved; a change hands it back to {@link #save(WeeklySchedule, long)}. */
    long revision(OfficeId office);

    /**
     * Replaces the office's whole week with {@code schedule}, provided it is still at {@code expectedRevision}; the
     * check and the change are one step in the store, so of two concurrent saves from the same revision one fails.
     *
     * @throws EditConflictException when the week was saved since {@code expectedRevision} was read
     */
    void save(WeeklySchedule schedule, long expectedRevision);

    /**
     * Keeps the office's week as it is until this transaction ends: a save of it, or another lock of it, waits
     * until then. A closure or a new week fences the slots of the week it reads under this lock, which no one can
     * replace before the fence is committed.
     */
    void lockWeek(OfficeId office);
}
