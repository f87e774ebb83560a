package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.ClosureRequest;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.FederalRestDays;
import mx.gob.inm.citas.domain.calendar.FederalRestDays.RestDay;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Closes an office, or every office, for a day or a range: records the closure and, in the same transaction,
 * cancels each hold and confirmed appointment still to come on those days (in each office's own time zone), gives
 * its place back and queues the applicant's apology. Appointments that already started are left to the agenda.
 * The closed days' slots are fenced before the appointments are listed, so a hold racing the closure is either
 * listed and cancelled or refused ({@link CalendarFence}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class ClosureService implements ManageClosuresUseCase {

    private static final Comparator<Closure> BY_DAYS = Comparator.comparing(Closure::firstDay)
            .thenComparing(Closure::lastDay);
    private static final Comparator<Appointment> BY_START_THEN_CODE = Comparator.comparing(Appointment::start)
            .thenComparing(a -> a.code().value());

    /** A closure that passed every check, with the offices it closes. */
    private record Plan(Closure closure, List<Office> closing) {
    }

    private final ClosureRepository closures;
    private final AppointmentRepository appointments;
    private final OfficeRepository offices;
    private final SlotLedger ledger;
    private final CalendarFence fence;
    private final AppointmentMail mail;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public ClosureService(ClosureRepository closures, AppointmentRepository appointments, OfficeRepository offices,
            SlotLedger ledger, CalendarFence fence, AppointmentMail mail, AuditLog audit, Clock clock) {
        this.closures = closures;
        this.appointments = appointments;
        this.offices = offices;
        this.ledger = ledger;
        this.fence = fence;
        this.mail = mail;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected ClosureService() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    public List<RestDay> federalRestDays(int year) {
        return FederalRestDays.of(year);
    }

    /** Looks {@link Closure#FURTHEST_AHEAD} past {@code from} (today at the office when null): none starts later. */
    @Override
    public List<Closure> closures(StaffMember member, String officeId, LocalDate from) {
        Office office = office(access.readable(member, officeId));
        LocalDate since = from != null ? from : office.localDate(clock.instant());
        return closures.findApplyingTo(office.id(), since, since.plus(Closure.FURTHEST_AHEAD)).stream()
                .sorted(BY_DAYS).toList();
    }

    /** Shows applicants' data, so the look is audited like a day's agenda. */
    @Override
    public List<Appointment> affectedBy(StaffMember member, ClosureRequest request) {
        Plan plan = plan(member, request);
        Closure closure = plan.closure();
        List<Appointment> affected = affected(plan, clock.instant());
        access.record(member, AuditAction.VIEWED_APPLICANT_DATA, closure.office().orElse(null),
                "closure " + days(closure), affected.size() + " appointments");
        return affected;
    }

    @Override
    public ClosureOutcome close(StaffMember member, ClosureRequest request) {
        Plan plan = plan(member, request);
        Closure closure = plan.closure();
        Instant now = clock.instant();
        // Fenced before listing: a hold that took its place first is listed here, any later one is refused.
        for (Office office : plan.closing()) {
            fence.closing(office, closure.firstDay(), closure.lastDay());
        }
        List<Appointment> affected = affected(plan, now);
        closures.save(closure);
        access.record(member, AuditAction.CLOSURE_ADDED, closure.office().orElse(null),
                closure.office().map(OfficeId::value).orElse("nationwide"), days(closure) + ": " + closure.reason()
                        + "; " + affected.size() + " appointments cancelled");
        for (Appointment appointment : affected) {
            appointment.cancelByOffice(now);
            appointments.update(appointment);
            ledger.release(appointment.office(), appointment.start(), appointment.code());
            mail.enqueue(appointment, NotificationKind.CANCELLED_BY_OFFICE, now);
            access.record(member, AuditAction.APPOINTMENT_CANCELLED_BY_OFFICE, appointment.office(),
                    appointment.code().value(), "closure " + days(closure) + ": " + closure.reason());
        }
        return new ClosureOutcome(closure, affected);
    }

    @Override
    public void remove(StaffMember member, Closure closure) {
        List<Office> closing;
        if (closure.isNationwide()) {
            access.admin(member, "nationwide closure");
            closing = offices.findAll();
        } else {
            closing = List.of(office(access.workable(member, closure.office().orElseThrow().value())));
        }
        Instant now = clock.instant();
        closure.checkCanBeRemovedOn(closing.stream().map(o -> o.localDate(now)).min(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(now, ZoneOffset.UTC)));
        if (!closures.remove(closure)) {
            throw new InvalidValueException("closure.gone",
                    "This closure is no longer recorded; it may have just been removed");
        }
        access.record(member, AuditAction.CLOSURE_REMOVED, closure.office().orElse(null),
                closure.office().map(OfficeId::value).orElse("nationwide"), days(closure) + ": " + closure.reason());
    }

    /**
     * The closure asked for, once {@code member} may close the office (an admin, every office) and the domain
     * accepts it, with the offices it closes by id (the order their weeks are locked in, so that two nationwide
     * closures never wait for each other in a circle).
     */
    private Plan plan(StaffMember member, ClosureRequest request) {
        List<Office> closing;
        Optional<OfficeId> scope;
        if (request.isNationwide()) {
            access.admin(member, "nationwide closure");
            closing = offices.findAll().stream().sorted(Comparator.comparing((Office o) -> o.id().value())).toList();
            scope = Optional.empty();
        } else {
            Office office = office(access.workable(member, request.officeId()));
            closing = List.of(office);
            scope = Optional.of(office.id());
        }
        Closure closure = new Closure(scope, request.firstDay(), request.lastDay(), request.reason());
        Instant now = clock.instant();
        // Nationwide, "today" is the westernmost office's: a day that has begun anywhere can still be closed there.
        closure.checkCanBeAnnouncedOn(closing.stream().map(o -> o.localDate(now)).min(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(now, ZoneOffset.UTC)));
        return new Plan(closure, closing);
    }

    /** The appointments the closure cancels, by start. */
    private List<Appointment> affected(Plan plan, Instant now) {
        return plan.closing().stream().flatMap(o -> affected(o, plan.closure(), now).stream())
                .sorted(BY_START_THEN_CODE).toList();
    }

    /** The office's holds and confirmed appointments not yet started on the closed days, in its own zone. */
    private List<Appointment> affected(Office office, Closure closure, Instant now) {
        Instant from = closure.firstDay().atStartOfDay(office.timeZone()).toInstant();
        Instant to = closure.lastDay().plusDays(1).atStartOfDay(office.timeZone()).toInstant();
        return appointments.findStartingBetween(office.id(), from, to).stream()
                .filter(a -> a.status().isActive() && !a.start().isBefore(now)).toList();
    }

    private static String days(Closure closure) {
        return closure.firstDay().equals(closure.lastDay()) ? closure.firstDay().toString()
                : closure.firstDay() + ".." + closure.lastDay();
    }

    private Office office(OfficeId id) {
        return offices.findById(id).orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }
}
