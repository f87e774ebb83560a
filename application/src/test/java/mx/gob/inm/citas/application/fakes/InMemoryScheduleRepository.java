package mx.gob.inm.citas.application.fakes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Fake of {@link ScheduleRepository} for fast tests. */
public class InMemoryScheduleRepository implements ScheduleRepository {

    private final Map<OfficeId, WeeklySchedule> schedules = new ConcurrentHashMap<>();

    @Override
    public WeeklySchedule findByOffice(OfficeId office) {
        return schedules.getOrDefault(office, WeeklySchedule.closed(office));
    }

    @Override
    public void save(WeeklySchedule schedule) {
        schedules.put(schedule.office(), schedule);
    }
}
