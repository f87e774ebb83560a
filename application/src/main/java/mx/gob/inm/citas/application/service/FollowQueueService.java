package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.gob.inm.citas.application.port.in.CallBoard;
import mx.gob.inm.citas.application.port.in.FollowQueueUseCase;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitEventKind;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;

/** Use case, public: the call display of an office and where one number stands today. Only display numbers. */
@ApplicationScoped
@Transactional
public class FollowQueueService implements FollowQueueUseCase {

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final VisitRepository visits;
    private final FloorQueue queue;
    private final Clock clock;

    @Inject
    public FollowQueueService(OfficeRepository offices, ProcedureRepository procedures, OfficeFloorRepository floors,
            VisitRepository visits, Clock clock) {
        this.offices = offices;
        this.procedures = procedures;
        this.visits = visits;
        this.queue = new FloorQueue(floors, visits);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected FollowQueueService() {
        this(null, null, null, null, null);
    }

    @Override
    public CallBoard board(String officeId, int calls) {
        Office office = office(officeId);
        LocalDate day = office.localDate(clock.instant());
        long position = visits.logLength(office.id());
        List<CallBoard.Call> latest = visits.latestCalls(office.id(), day, Math.max(1, Math.min(calls, 20))).stream()
                .map(logged -> new CallBoard.Call(logged.event().number(), logged.event().window().orElse(0),
                        logged.event().at(), logged.event().kind() == VisitEventKind.RECALLED)).toList();
        int waiting = (int) visits.open(office.id(), day).stream().filter(v -> v.status() == VisitStatus.WAITING)
                .count();
        return new CallBoard(office, latest, waiting, position);
    }

    @Override
    public long boardPosition(String officeId) {
        return visits.logLength(StaffAccess.officeId(officeId));
    }

    @Override
    public QueueStatus status(String officeId, String number) {
        Office office = office(officeId);
        LocalDate day = office.localDate(clock.instant());
        Visit visit = visits.find(office.id(), day, DisplayNumber.typed(number)).orElseThrow(() ->
                new FloorRefusedException("visit.notFound", "No visit " + number + " today at this office", number));
        Procedure procedure = procedures.findByCode(visit.procedure())
                .orElseThrow(() -> new ProcedureNotFoundException(visit.procedure().value()));
        return new QueueStatus(office, visit.number(), procedure, visit.status(),
                queue.ahead(visit, queue.floor(office.id())), visit.window(), visit.queuedAt());
    }

    private Office office(String officeId) {
        OfficeId id = StaffAccess.officeId(officeId);
        return offices.findById(id).filter(Office::isActive).orElseThrow(() -> new OfficeNotFoundException(officeId));
    }
}
