package mx.gob.inm.citas.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.OfficeSlot;
import mx.gob.inm.citas.application.port.out.CapacityStatistics.StatusCount;
import mx.gob.inm.citas.application.port.out.FloorStatistics.OfficeDays;
import mx.gob.inm.citas.application.port.out.FloorStatistics.VisitDay;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * What became of each office-day's appointments, per procedure, for the national view's past weeks; those of days
 * gone by kept ({@link SettledDays}). The days are the office's own (its zone); the log of late changes
 * ({@link CapacityStatistics#lateChangesSince}) says which old days changed since the last read: a no-show marked,
 * an applicant served or an appointment moved days after its slot.
 */
final class PastAttendance implements SettledDays.Source<Map<ProcedureCode, Attendance>> {

    private final CapacityStatistics statistics;
    private final Function<OfficeId, Optional<ZoneId>> zoneOf;

    private PastAttendance(CapacityStatistics statistics, Function<OfficeId, Optional<ZoneId>> zoneOf) {
        this.statistics = statistics;
        this.zoneOf = zoneOf;
    }

    /** The attendance counted by {@code statistics}, kept; {@code zoneOf} gives an office's zone (none if gone). */
    static SettledDays<Map<ProcedureCode, Attendance>> over(CapacityStatistics statistics,
            Function<OfficeId, Optional<ZoneId>> zoneOf, Clock clock) {
        return new SettledDays<>(new PastAttendance(statistics, zoneOf), Map.of(), clock);
    }

    /** The attendance of one group of appointments: those who came, did not, or were cancelled (and by whom). */
    static Attendance of(StatusCount count) {
        long n = count.count();
        AppointmentStatus status = count.status();
        if (CapacityDashboardService.CAME.contains(status)) {
            return new Attendance(n, 0, 0, 0);
        }
        if (status == AppointmentStatus.NO_SHOW) {
            return new Attendance(0, n, 0, 0);
        }
        if (status == AppointmentStatus.CANCELLED) {
            boolean office = count.cancelledBy().filter(b -> b == Cancellation.By.OFFICE).isPresent();
            return office ? new Attendance(0, 0, 0, n) : new Attendance(0, 0, n, 0);
        }
        return Attendance.NONE;
    }

    @Override
    public Map<VisitDay, Map<ProcedureCode, Attendance>> read(List<OfficeDays> periods) {
        Map<VisitDay, Map<ProcedureCode, Attendance>> read = new HashMap<>();
        for (OfficeDays period : periods) {
            Optional<ZoneId> zone = zoneOf.apply(period.office());
            if (zone.isEmpty()) {
                continue;
            }
            Instant from = period.from().atStartOfDay(zone.get()).toInstant();
            Instant to = period.to().plusDays(1).atStartOfDay(zone.get()).toInstant();
            for (StatusCount count : statistics.countBySlotAndCanceller(period.office(), from, to)) {
                VisitDay day = new VisitDay(period.office(), LocalDate.ofInstant(count.slotStart(), zone.get()));
                read.computeIfAbsent(day, d -> new HashMap<>()).merge(count.procedure(), of(count), Attendance::plus);
            }
        }
        read.replaceAll((day, byProcedure) -> Map.copyOf(byProcedure));
        return read;
    }

    @Override
    public Set<VisitDay> changedSince(Instant since) {
        Set<VisitDay> changed = new HashSet<>();
        for (OfficeSlot slot : statistics.lateChangesSince(since)) {
            zoneOf.apply(slot.office()).ifPresent(zone ->
                    changed.add(new VisitDay(slot.office(), LocalDate.ofInstant(slot.start(), zone))));
        }
        return changed;
    }
}
