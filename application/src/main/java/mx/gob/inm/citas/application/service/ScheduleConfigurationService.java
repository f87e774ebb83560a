package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase;
import mx.gob.inm.citas.application.port.in.ScheduleChangeRefusedException;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * An office's week in the console. A new week keeps every hold and confirmed appointment still to come: each
 * needs, at its local time in the office's zone, a slot that still starts then, still serves its procedure and
 * still has a place for everyone who would stay in it; otherwise the change is refused, naming each appointment.
 * The refusal shows applicants' data, so it is audited like a look at them and that entry is kept. The slots a new
 * week takes away are fenced before it is checked, so a hold racing the change is either seen by the check or
 * refused ({@link CalendarFence}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {OfficeAccessDeniedException.class, ScheduleChangeRefusedException.class})
public class ScheduleConfigurationService implements ConfigureScheduleUseCase {

    private static final Comparator<Displaced> BY_START_THEN_CODE = Comparator
            .comparing((Displaced d) -> d.appointment().start())
            .thenComparing(d -> d.appointment().code().value());

    private final ScheduleRepository schedules;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final AppointmentRepository appointments;
    private final CalendarFence fence;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public ScheduleConfigurationService(ScheduleRepository schedules, OfficeRepository offices,
            ProcedureRepository procedures, AppointmentRepository appointments, CalendarFence fence, AuditLog audit,
            Clock clock) {
        this.schedules = schedules;
        this.offices = offices;
        this.procedures = procedures;
        this.appointments = appointments;
        this.fence = fence;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected ScheduleConfigurationService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public ScheduleSheet schedule(StaffMember member, String officeId) {
        return sheet(find(access.readable(member, officeId)));
    }

    @Override
    public List<Displaced> displacedBy(StaffMember member, String officeId, List<OpeningPeriod> periods) {
        Office office = find(access.workable(member, officeId));
        List<Displaced> displaced = displaced(office, week(office, periods));
        if (!displaced.isEmpty()) {
            recordLook(member, office, displaced);
        }
        return displaced;
    }

    @Override
    public ScheduleSheet change(StaffMember member, String officeId, List<OpeningPeriod> periods, long revision) {
        Office office = find(access.workable(member, officeId));
        WeeklySchedule week = week(office, periods);
        // Fenced before the check: a hold in a slot the week takes away is then seen here, or refused. A refused
        // week keeps its fence, which only makes holds that read the week before it choose again.
        fence.replacing(office, week);
        List<Displaced> displaced = displaced(office, week);
        if (!displaced.isEmpty()) {
            recordLook(member, office, displaced);
            throw new ScheduleChangeRefusedException(displaced);
        }
        boolean fewerPlaces = fewerPlaces(schedules.findByOffice(office.id()), week);
        schedules.save(week, revision);
        access.record(member, AuditAction.SCHEDULE_CHANGED, office.id(), office.id().value(),
                week.periods().size() + " periods; " + (fewerPlaces ? "places reduced" : "changed"));
        return sheet(office);
    }

    /** The revision first: should the week change in between, the pair is refused on save, never overwrites. */
    private ScheduleSheet sheet(Office office) {
        long revision = schedules.revision(office.id());
        return new ScheduleSheet(office, schedules.findByOffice(office.id()), revision);
    }

    private WeeklySchedule week(Office office, List<OpeningPeriod> periods) {
        WeeklySchedule week = new WeeklySchedule(office.id(), periods);
        week.periods().stream().flatMap(p -> p.procedures().stream()).distinct()
                .sorted(Comparator.comparing(ProcedureCode::value))
                .forEach(code -> require(procedures.findByCode(code).isPresent(), "procedures.unknown",
                        "The procedure " + code + " is not in the catalogue", code.value()));
        return week;
    }

    private List<Displaced> displaced(Office office, WeeklySchedule week) {
        Map<Instant, List<Appointment>> bySlot = new TreeMap<>();
        for (Appointment a : AppointmentsAhead.of(appointments, office.id(), clock.instant())) {
            bySlot.computeIfAbsent(a.start(), start -> new ArrayList<>()).add(a);
        }
        List<Displaced> displaced = new ArrayList<>();
        bySlot.forEach((start, booked) -> {
            LocalDateTime local = LocalDateTime.ofInstant(start, office.timeZone());
            displaced.addAll(displacedFrom(slotAt(week, local.getDayOfWeek(), local.toLocalTime()), booked));
        });
        return displaced.stream().sorted(BY_START_THEN_CODE).toList();
    }

    /**
     * Those booked in one slot that the new week would drop. Whoever would lose their procedure is named for that
     * (with everyone booked in the slot); the others stay only if the slot has a place for each of them, so those
     * already named do not count against its places.
     */
    private static List<Displaced> displacedFrom(Optional<OpeningPeriod> period, List<Appointment> booked) {
        if (period.isEmpty()) {
            return booked.stream().map(a -> new Displaced(a, Displacement.NO_SLOT, booked.size(), 0)).toList();
        }
        int places = period.get().placesPerSlot();
        List<Appointment> served = booked.stream().filter(a -> period.get().serves(a.procedure())).toList();
        List<Displaced> displaced = new ArrayList<>(booked.stream().filter(a -> !served.contains(a))
                .map(a -> new Displaced(a, Displacement.PROCEDURE_NOT_SERVED, booked.size(), places)).toList());
        if (served.size() > places) {
            served.forEach(a -> displaced.add(new Displaced(a, Displacement.TOO_FEW_PLACES, served.size(), places)));
        }
        return displaced;
    }

    /** The period of {@code week} with a slot starting at {@code time} on {@code day}. */
    private static Optional<OpeningPeriod> slotAt(WeeklySchedule week, DayOfWeek day, LocalTime time) {
        return week.periodsOn(day).stream().filter(p -> p.slotStarts().contains(time)).findFirst();
    }

    /** Whether some slot of {@code before} has fewer places in {@code after}, or is gone. */
    private static boolean fewerPlaces(WeeklySchedule before, WeeklySchedule after) {
        return before.periods().stream().anyMatch(p -> p.slotStarts().stream().anyMatch(time -> slotAt(after,
                p.day(), time).map(OpeningPeriod::placesPerSlot).orElse(0) < p.placesPerSlot()));
    }

    private void recordLook(StaffMember member, Office office, List<Displaced> displaced) {
        access.record(member, AuditAction.VIEWED_APPLICANT_DATA, office.id(), "new week",
                displaced.size() + " appointments it would drop");
    }

    private Office find(OfficeId id) {
        return offices.findById(id).orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }
}
