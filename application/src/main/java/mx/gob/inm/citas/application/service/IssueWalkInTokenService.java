package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenCommand;
import mx.gob.inm.citas.application.port.in.IssueWalkInTokenUseCase;
import mx.gob.inm.citas.application.port.in.ReceptionDay;
import mx.gob.inm.citas.application.port.in.WalkInTicket;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.WalkInTally;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.FloorRefusedException;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Use case: reception issues walk-in tokens. The pool's count for the office's local day is taken first, by the
 * store's conditional update (the quota holds across every receptionist and instance), then the number of the
 * pool's letter, then the visit joins the queue, all in one transaction: a refused or failed issue gives nothing
 * away. When the day's quota is given and the office converts unused online places, a place still free today in a
 * slot starting within the conversion lead is taken in the slot ledger (its conditional update) and becomes the
 * token.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class IssueWalkInTokenService implements IssueWalkInTokenUseCase {

    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final VisitRepository visits;
    private final WalkInTally tally;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final RandomGenerator random;
    private final FloorQueue queue;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public IssueWalkInTokenService(OfficeRepository offices, ProcedureRepository procedures,
            OfficeFloorRepository floors, VisitRepository visits, WalkInTally tally, ScheduleRepository schedules,
            ClosureRepository closures, SlotLedger ledger, RandomGenerator random, AuditLog audit, Clock clock) {
        this.offices = offices;
        this.procedures = procedures;
        this.visits = visits;
        this.tally = tally;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.random = random;
        this.queue = new FloorQueue(floors, visits);
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected IssueWalkInTokenService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public WalkInTicket issue(StaffMember member, IssueWalkInTokenCommand command) {
        Office office = office(access.workable(member, command.officeId()));
        Procedure procedure = procedure(command.procedureCode());
        OfficeFloor floor = queue.floor(office.id());
        WalkInPool pool = floor.poolFor(procedure.code()).orElseThrow(() -> new FloorRefusedException(
                "walkIn.noPool", "The procedure " + procedure.code() + " has no walk-in tokens at this office",
                procedure.code().value(), procedure.name().in(Language.SPANISH), procedure.name().in(Language.ENGLISH)));
        Instant now = clock.instant();
        LocalDate day = office.localDate(now);
        if (!tally.tryIssue(office.id(), pool.letter(), day, floor.tokensOn(pool, day))) {
            boolean converted = floor.conversionLead().map(lead -> unusedOnlinePlace(office, pool, day,
                    now.plus(lead))).orElse(false);
            if (!converted) {
                throw new FloorRefusedException("walkIn.exhausted", "No walk-in tokens are left today for "
                        + procedure.code(), procedure.code().value(), procedure.name().in(Language.SPANISH),
                        procedure.name().in(Language.ENGLISH));
            }
            // counted beyond the day's quota: the token is an online place nobody took
            tally.tryIssue(office.id(), pool.letter(), day, Integer.MAX_VALUE);
        }
        DisplayNumber number = DisplayNumber.of(pool.letter(), visits.nextNumber(office.id(), day, pool.letter()));
        Visit visit = Visit.walkIn(office.id(), day, number, procedure.code(), command.priority(),
                command.personName(), now);
        visits.add(visit, visit.joined().by(member.username().value()));
        return new WalkInTicket(visit, office, procedure, queue.ahead(visit, floor));
    }

    /**
     * Takes, for a walk-in token of {@code pool}, a place still free today in a slot of the pool's procedures that
     * starts at or before {@code until} (the conversion lead from now): such places can no longer be booked online
     * and became tokens. The slot ledger's conditional update decides, so the place goes to one person only.
     */
    private boolean unusedOnlinePlace(Office office, WalkInPool pool, LocalDate day, Instant until) {
        ClosureCalendar closed = new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), day, day));
        if (closed.reasonClosed(day).isPresent()) {
            return false;
        }
        List<OpeningPeriod> periods = schedules.findByOffice(office.id()).periodsOn(day.getDayOfWeek()).stream()
                .filter(p -> pool.procedures().stream().anyMatch(p::serves)).toList();
        for (OpeningPeriod period : periods) {
            for (ZonedDateTime start : period.slotStartsOn(day, office.timeZone())) {
                Instant at = start.toInstant();
                if (at.isAfter(until)) {
                    break;
                }
                if (ledger.takenPlaces(office.id(), at, at.plusSeconds(1)).at(at) >= period.placesPerSlot()) {
                    continue;
                }
                long version = ledger.calendarVersion(office.id(), at);
                if (ledger.tryTake(office.id(), at, period.placesPerSlot(), version, ConfirmationCode.random(random))
                        == SlotLedger.Taking.TAKEN) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ReceptionDay reception(StaffMember member, String officeId) {
        Office office = office(access.readable(member, officeId));
        OfficeFloor floor = queue.floor(office.id());
        LocalDate day = office.localDate(clock.instant());
        List<ReceptionDay.PoolDay> pools = floor.pools().stream().map(pool -> new ReceptionDay.PoolDay(pool,
                floor.tokensOn(pool, day), tally.issued(office.id(), pool.letter(), day))).toList();
        List<Visit> open = visits.open(office.id(), day);
        int waiting = (int) open.stream().filter(v -> v.status() == VisitStatus.WAITING).count();
        return new ReceptionDay(office, day, pools, open, waiting);
    }

    private Office office(OfficeId id) {
        return offices.findById(id).filter(Office::isActive)
                .orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }

    private Procedure procedure(String code) {
        if (!ProcedureCode.isWellFormed(code)) {
            throw new ProcedureNotFoundException(code);
        }
        return procedures.findByCode(new ProcedureCode(code)).orElseThrow(() -> new ProcedureNotFoundException(code));
    }
}
