package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.RecordCapacitySnapshotsUseCase;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.CapacitySnapshots;
import mx.gob.inm.citas.application.port.out.CapacityStatistics;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.availability.BookingWindow;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.OfferedSlot;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * The nightly snapshots of the backlog. The job's lease is taken in a short transaction that finds the office-days
 * due, and renewed in each office-day's own transaction, so one office failing does not hold back the others, and
 * the lease's row is never locked for a whole run; each office-day is recorded once (and the store's key refuses a
 * second record of it in any case).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class RecordCapacitySnapshotsService implements RecordCapacitySnapshotsUseCase {

    static final String JOB = "capacity-snapshots";
    /** Longer than the period between runs, so that the instance doing the work keeps it. */
    static final Duration LEASE = Duration.ofMinutes(30);

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final CapacityStatistics statistics;
    private final CapacitySnapshots snapshots;
    private final JobLeases leases;
    private final BookingWindow window;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public RecordCapacitySnapshotsService(OfficeRepository offices, ProcedureRepository procedures,
            ScheduleRepository schedules, ClosureRepository closures, SlotLedger ledger,
            CapacityStatistics statistics, CapacitySnapshots snapshots, JobLeases leases, BookingWindow window,
            AuditLog audit, Clock clock) {
        this.offices = offices;
        this.procedures = procedures;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.statistics = statistics;
        this.snapshots = snapshots;
        this.leases = leases;
        this.window = window;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected RecordCapacitySnapshotsService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public List<OfficeDay> due(String instance) {
        Instant now = clock.instant();
        if (!leases.tryAcquire(JOB, instance, now, LEASE)) {
            return List.of();
        }
        List<OfficeDay> due = new ArrayList<>();
        for (Office office : offices.findAll()) {
            ZonedDateTime local = now.atZone(office.timeZone());
            LocalDate ended = local.toLocalDate().minusDays(local.getHour() >= NIGHT_HOUR ? 1 : 2);
            Optional<LocalDate> last = snapshots.lastDay(office.id());
            if (last.isEmpty()) {
                // an office never recorded starts with the day that ended: the days before were not missed
                due.add(new OfficeDay(office.id(), ended));
                continue;
            }
            LocalDate earliest = ended.minusDays(MAX_FILL_IN_DAYS - 1L);
            Set<LocalDate> recorded = snapshots.between(office.id(), earliest, ended).stream()
                    .map(CapacitySnapshot::day).collect(Collectors.toSet());
            // from the first day recorded in the last days; all of them after a longer outage
            LocalDate first = recorded.stream().min(LocalDate::compareTo)
                    .orElse(last.get().isBefore(earliest) ? earliest : ended);
            for (LocalDate day = first; !day.isAfter(ended); day = day.plusDays(1)) {
                if (!recorded.contains(day)) {
                    due.add(new OfficeDay(office.id(), day));
                }
            }
        }
        return List.copyOf(due);
    }

    @Override
    public boolean record(String instance, OfficeDay day) {
        Instant now = clock.instant();
        if (!leases.tryAcquire(JOB, instance, now, LEASE)) {
            return false;
        }
        Office office = offices.findById(day.office()).orElseThrow(() -> new OfficeNotFoundException(
                day.office().value()));
        return record(office, day.day(), now);
    }

    @Override
    public boolean recordMissed(StaffMember member, String officeId, LocalDate day) {
        access.admin(member, "record a missed capacity snapshot");
        Office office = offices.findById(StaffAccess.officeId(officeId))
                .orElseThrow(() -> new OfficeNotFoundException(officeId));
        Instant now = clock.instant();
        InvalidValueException.require(day.isBefore(office.localDate(now)), "internal.dayNotOver",
                "Only a day that has ended is recorded");
        // no lease: the store's key refuses a day the nightly job records at the same moment
        boolean recorded = record(office, day, now);
        if (recorded) {
            access.record(member, AuditAction.CAPACITY_SNAPSHOT_RECORDED, office.id(), day.toString(),
                    "filled in by hand");
        }
        return recorded;
    }

    /**
     * Records the office's {@code day}. Measured (the window's places and next free date) only in the night right
     * after the day (until {@value #MEASURED_UNTIL_HOUR}:00), when what the window holds now is what it held at the
     * end of the day; a day filled in later keeps its bookings and cancellations, counted by when they happened.
     */
    private boolean record(Office office, LocalDate day, Instant now) {
        if (snapshots.hasDay(office.id(), day)) {
            return false;
        }
        WeeklySchedule week = schedules.findByOffice(office.id());
        Set<ProcedureCode> online = procedures.findAll().stream().filter(Procedure::isBookableOnline)
                .map(Procedure::code).collect(Collectors.toSet());
        Instant dayStart = day.atStartOfDay(office.timeZone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(office.timeZone()).toInstant();
        Map<ProcedureCode, Long> bookings = statistics.bookingsMade(office.id(), dayStart, dayEnd);
        Map<ProcedureCode, Long> cancellations = statistics.cancellationsMade(office.id(), dayStart, dayEnd);
        Set<ProcedureCode> covered = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        week.procedures().stream().filter(online::contains).forEach(covered::add);
        covered.addAll(bookings.keySet());
        covered.addAll(cancellations.keySet());
        if (covered.isEmpty()) {
            return false;
        }
        ZonedDateTime local = now.atZone(office.timeZone());
        boolean measured = local.toLocalDate().equals(day.plusDays(1)) && local.getHour() < MEASURED_UNTIL_HOUR;
        List<OfferedSlot> bookable = List.of();
        TakenPlaces taken = TakenPlaces.none();
        Map<ProcedureCode, NextFreeDate> nextFree = Map.of();
        if (measured) {
            LocalDate today = day.plusDays(1);
            LocalDate end = window.lastDay(now, office.timeZone()).plusDays(1);
            ClosureCalendar closed = new ClosureCalendar(office.id(),
                    closures.findApplyingTo(office.id(), today, end.minusDays(1)));
            bookable = OfferedSlot.between(week, closed, office.timeZone(), today, end).stream()
                    .filter(s -> window.admits(s.start(), now)).toList();
            taken = ledger.takenPlaces(office.id(), now, end.atStartOfDay(office.timeZone()).toInstant());
            nextFree = NextFreeDate.of(covered, bookable, taken, today);
        }
        List<CapacitySnapshot> rows = new ArrayList<>();
        for (ProcedureCode procedure : covered) {
            Optional<CapacitySnapshot.Measured> measurement = Optional.empty();
            if (measured) {
                PlaceCounts places = PlaceCounts.over(bookable, taken, Optional.of(procedure));
                measurement = Optional.of(new CapacitySnapshot.Measured(places.offered(), places.free(),
                        Optional.ofNullable(nextFree.get(procedure)).map(NextFreeDate::date)));
            }
            rows.add(new CapacitySnapshot(office.id(), procedure, day, now, measurement,
                    bookings.getOrDefault(procedure, 0L), cancellations.getOrDefault(procedure, 0L)));
        }
        snapshots.record(rows);
        return true;
    }
}
