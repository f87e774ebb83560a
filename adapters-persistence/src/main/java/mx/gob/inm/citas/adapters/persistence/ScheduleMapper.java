package mx.gob.inm.citas.adapters.persistence;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** Maps weekly schedules between the domain and rows of {@link OpeningPeriodEntity}. */
final class ScheduleMapper {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private ScheduleMapper() {
    }

    static WeeklySchedule toDomain(OfficeId office, List<OpeningPeriodEntity> rows) {
        return new WeeklySchedule(office, rows.stream().map(ScheduleMapper::toDomain).toList());
    }

    static List<OpeningPeriodEntity> toEntities(WeeklySchedule schedule) {
        return schedule.periods().stream().map(p -> toEntity(schedule.office(), p)).toList();
    }

    private static OpeningPeriod toDomain(OpeningPeriodEntity e) {
        return new OpeningPeriod(DayOfWeek.of(e.dayOfWeek), new TimeRange(time(e.opensMinute), time(e.closesMinute)),
                Duration.ofMinutes(e.slotMinutes), e.placesPerSlot,
                e.procedureCodes.stream().map(ProcedureCode::new).collect(Collectors.toSet()));
    }

    private static OpeningPeriodEntity toEntity(OfficeId office, OpeningPeriod period) {
        OpeningPeriodEntity e = new OpeningPeriodEntity();
        e.officeId = office.value();
        e.dayOfWeek = period.day().getValue();
        e.opensMinute = period.hours().start().toSecondOfDay() / 60;
        e.closesMinute = period.hours().end().toSecondOfDay() / 60;
        e.slotMinutes = (int) period.slotLength().toMinutes();
        e.placesPerSlot = period.placesPerSlot();
        period.procedures().forEach(code -> e.procedureCodes.add(code.value()));
        return e;
    }

    /** Minute of the day; 1440 cannot be a LocalTime, so the end of the day reads as 23:59. */
    private static LocalTime time(int minuteOfDay) {
        return LocalTime.ofSecondOfDay(Math.min(minuteOfDay, MINUTES_PER_DAY - 1) * 60L);
    }
}
