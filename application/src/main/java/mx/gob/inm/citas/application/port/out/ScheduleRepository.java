package mx.gob.inm.citas.application.port.out;

import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Out-port: stores the weekly schedule of each office. */
public interface ScheduleRepository {

    /** The office's week; a schedule without periods when none was set. */
    WeeklySchedule findByOffice(OfficeId office);

    /** Replaces the office's whole week with {@code schedule}. */
    void save(WeeklySchedule schedule);
}
