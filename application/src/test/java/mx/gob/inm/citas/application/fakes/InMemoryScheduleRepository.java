package mx.gob.inm.citas.application.fakes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;

/** Fake of {@link ScheduleRepository} for fast tests, counting the saves of each office's week. */
public class InMemoryScheduleRepository implements ScheduleRepository, Snapshotting {

    private final Map<OfficeId, WeeklySchedule> schedules = new HashMap<>();
    private final Map<OfficeId, Long> revisions = new HashMap<>();

    @Override
    public synchronized Object snapshot() {
        return List.of(new HashMap<>(schedules), new HashMap<>(revisions));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Map<?, ?>> saved = (List<Map<?, ?>>) snapshot;
        schedules.clear();
        schedules.putAll((Map<OfficeId, WeeklySchedule>) saved.get(0));
        revisions.clear();
        revisions.putAll((Map<OfficeId, Long>) saved.get(1));
    }

    @Override
    public synchronized WeeklySchedule findByOffice(OfficeId office) {
        return schedules.getOrDefault(office, WeeklySchedule.closed(office));
    }

    @Override
    public synchronized void save(WeeklySchedule schedule) {
        save(schedule, revision(schedule.office()));
    }

    @Override
    public synchronized long revision(OfficeId office) {
        return revisions.getOrDefault(office, 0L);
    }

    @Override
    public synchronized void save(WeeklySchedule schedule, long expectedRevision) {
        if (revision(schedule.office()) != expectedRevision) {
            throw new EditConflictException("the week of office " + schedule.office());
        }
        revisions.put(schedule.office(), expectedRevision + 1);
        schedules.put(schedule.office(), schedule);
    }

    /** The fakes serve one transaction at a time: there is never another save to keep out. */
    @Override
    public void lockWeek(OfficeId office) {
    }
}
