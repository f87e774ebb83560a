package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import mx.gob.inm.citas.application.port.in.ServeAtWindowUseCase;
import mx.gob.inm.citas.application.port.in.WindowDesk;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.WindowSessions;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueOrder;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEvent;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Use case: a staff member at a service window. Only the member who opened the window works it; "call next" asks
 * the queue's one order rule for the visits this window may serve and calls the first the store still has waiting
 * (one conditional update each: of two windows pressing at once, each gets a different visit). Finishing an
 * appointment's visit marks the appointment attended; marking it absent, a no-show.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class ServeAtWindowService implements ServeAtWindowUseCase {

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final VisitRepository visits;
    private final WindowSessions sessions;
    private final AppointmentRepository appointments;
    private final FloorQueue queue;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public ServeAtWindowService(OfficeRepository offices, ProcedureRepository procedures,
            OfficeFloorRepository floors, VisitRepository visits, WindowSessions sessions,
            AppointmentRepository appointments, AuditLog audit, Clock clock) {
        this.offices = offices;
        this.procedures = procedures;
        this.visits = visits;
        this.sessions = sessions;
        this.appointments = appointments;
        this.queue = new FloorQueue(floors, visits);
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected ServeAtWindowService() {
        this(null, null, null, null, null, null, null, null);
    }

    @Override
    public WindowDesk open(StaffMember member, String officeId, int window) {
        Office office = office(access.workable(member, officeId));
        ServiceWindow configured = window(queue.floor(office.id()), window);
        String username = member.username().value();
        if (!sessions.tryOpen(office.id(), configured.number(), username, clock.instant())) {
            throw new FloorRefusedException("window.taken", "Window " + window + " is open for "
                    + sessions.openedBy(office.id(), window).orElse("someone else"), window,
                    sessions.openedBy(office.id(), window).orElse(""));
        }
        return desk(office, queue.floor(office.id()), configured);
    }

    @Override
    public void close(StaffMember member, String officeId, int window) {
        Office office = office(access.workable(member, officeId));
        sessions.close(office.id(), window, member.username().value());
    }

    @Override
    public WindowDesk desk(StaffMember member, String officeId, int window) {
        Office office = office(access.readable(member, officeId));
        OfficeFloor floor = queue.floor(office.id());
        return desk(office, floor, window(floor, window));
    }

    @Override
    public WindowDesk callNext(StaffMember member, String officeId, int window) {
        Office office = office(access.workable(member, officeId));
        OfficeFloor floor = queue.floor(office.id());
        ServiceWindow at = window(floor, window);
        requireOpenedBy(member, office, at);
        Instant now = clock.instant();
        LocalDate day = office.localDate(now);
        List<Visit> open = visits.open(office.id(), day);
        open.stream().filter(v -> v.window().filter(w -> w == window).isPresent()).findFirst().ifPresent(busy -> {
            throw new FloorRefusedException("window.busy", "Window " + window + " still has " + busy.number()
                    + "; finish it, mark it absent or transfer it first", window, busy.number().value());
        });
        for (Visit candidate : QueueOrder.forWindow(open, at, queue.tally(office.id(), day), floor.ratio())) {
            VisitEvent called = candidate.call(window, now).by(member.username().value());
            if (visits.tryCall(candidate, called)) {
                break;
            }
            // another window called it a moment ago: the next one
        }
        return desk(office, floor, at);
    }

    @Override
    public WindowDesk recall(StaffMember member, String officeId, int window, String number) {
        return step(member, officeId, window, number, (visit, now) -> visit.recall(window, now));
    }

    @Override
    public WindowDesk start(StaffMember member, String officeId, int window, String number) {
        return step(member, officeId, window, number, (visit, now) -> visit.start(window, now));
    }

    @Override
    public WindowDesk finish(StaffMember member, String officeId, int window, String number) {
        return step(member, officeId, window, number, (visit, now) -> {
            VisitEvent finished = visit.finish(window, now);
            visit.appointment().flatMap(appointments::findByCode)
                    .filter(a -> a.status() == AppointmentStatus.CHECKED_IN).ifPresent(a -> {
                        a.markAttended();
                        appointments.update(a);
                    });
            return finished;
        });
    }

    @Override
    public WindowDesk markNoShow(StaffMember member, String officeId, int window, String number) {
        return step(member, officeId, window, number, (visit, now) -> {
            VisitEvent absent = visit.markNoShow(window, now);
            // the appointment's figures count it as the agenda's no-show would; undone there, it is confirmed again
            visit.appointment().flatMap(appointments::findByCode)
                    .filter(a -> a.status() == AppointmentStatus.CHECKED_IN).ifPresent(a -> {
                        a.markAbsentWhenCalled();
                        appointments.update(a);
                    });
            return absent;
        });
    }

    @Override
    public WindowDesk transfer(StaffMember member, String officeId, int window, String number,
            Optional<Integer> toWindow, Optional<String> toProcedure) {
        return step(member, officeId, window, number, (visit, now) -> {
            Optional<ProcedureCode> procedure = toProcedure.filter(p -> !p.isBlank()).map(this::procedure);
            OfficeFloor floor = queue.floor(visit.office());
            ProcedureCode next = procedure.orElse(visit.procedure());
            toWindow.ifPresent(w -> {
                if (!window(floor, w).serves(next)) {
                    throw new FloorRefusedException("visit.transferWindowServesNot", "Window " + w
                            + " does not serve " + next, w, next.value());
                }
            });
            if (toWindow.isEmpty() && floor.windows().stream().noneMatch(w -> w.serves(next))) {
                // it would wait for a call that never comes
                throw new FloorRefusedException("visit.transferNoWindow", "No window of this office serves " + next,
                        next.value());
            }
            return visit.transfer(window, toWindow, procedure, now);
        });
    }

    private WindowDesk step(StaffMember member, String officeId, int window, String number,
            BiFunction<Visit, Instant, VisitEvent> step) {
        Office office = office(access.workable(member, officeId));
        OfficeFloor floor = queue.floor(office.id());
        ServiceWindow at = window(floor, window);
        requireOpenedBy(member, office, at);
        Instant now = clock.instant();
        Visit visit = visits.find(office.id(), office.localDate(now), DisplayNumber.typed(number))
                .orElseThrow(() -> new FloorRefusedException("visit.notFound", "No visit " + number
                        + " today at this office", number));
        VisitEvent event = step.apply(visit, now);
        visits.update(visit, event.by(member.username().value()));
        return desk(office, floor, at);
    }

    private WindowDesk desk(Office office, OfficeFloor floor, ServiceWindow window) {
        LocalDate day = office.localDate(clock.instant());
        List<Visit> open = visits.open(office.id(), day);
        Optional<Visit> current = open.stream().filter(v -> v.window().filter(w -> w == window.number())
                .isPresent()).findFirst();
        int waiting = QueueOrder.forWindow(open, window, queue.tally(office.id(), day), floor.ratio()).size();
        return new WindowDesk(office, window, sessions.openedBy(office.id(), window.number()), current, waiting);
    }

    private void requireOpenedBy(StaffMember member, Office office, ServiceWindow window) {
        Optional<String> by = sessions.openedBy(office.id(), window.number());
        if (!by.filter(member.username().value()::equals).isPresent()) {
            throw new FloorRefusedException("window.notYours", "Window " + window.number()
                    + " is not open for you; open it first", window.number(), by.orElse(""));
        }
    }

    private static ServiceWindow window(OfficeFloor floor, int number) {
        return floor.window(number).orElseThrow(() -> new FloorRefusedException("window.notConfigured",
                "The office has no window " + number, number));
    }

    private Office office(OfficeId id) {
        return offices.findById(id).filter(Office::isActive)
                .orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }

    private ProcedureCode procedure(String code) {
        if (!ProcedureCode.isWellFormed(code)) {
            throw new ProcedureNotFoundException(code);
        }
        ProcedureCode parsed = new ProcedureCode(code);
        procedures.findByCode(parsed).orElseThrow(() -> new ProcedureNotFoundException(code));
        return parsed;
    }
}
