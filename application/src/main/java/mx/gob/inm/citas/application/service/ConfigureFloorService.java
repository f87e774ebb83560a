package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.ConfigureFloorUseCase;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.floor.OfficeFloor;
import mx.gob.inm.citas.domain.floor.QueueRatio;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.WalkInPool;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Use case: an office's floor set up in the console. Staff who may work in the office change it, each change on the
 * version they read (a change saved meanwhile is refused with "reload and redo"); every change is audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class ConfigureFloorService implements ConfigureFloorUseCase {

    private final OfficeFloorRepository floors;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final StaffAccess access;

    @Inject
    public ConfigureFloorService(OfficeFloorRepository floors, OfficeRepository offices,
            ProcedureRepository procedures, AuditLog audit, Clock clock) {
        this.floors = floors;
        this.offices = offices;
        this.procedures = procedures;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
    }

    /** For the CDI proxy only. */
    protected ConfigureFloorService() {
        this(null, null, null, null, null);
    }

    @Override
    public OfficeFloor floor(StaffMember member, String officeId) {
        OfficeId office = existing(access.readable(member, officeId));
        return floors.find(office).orElseGet(() -> OfficeFloor.create(office));
    }

    @Override
    public OfficeFloor offerWalkIns(StaffMember member, String officeId, List<WalkInPool> pools, long version) {
        return change(member, officeId, version, floor -> {
            pools.forEach(p -> p.procedures().forEach(this::requireInCatalogue));
            floor.offerWalkIns(pools);
        }, "walk-in pools " + (pools.isEmpty() ? "none" : "") + pools.stream()
                .map(p -> p.letter() + "=" + p.dailyTokens() + " " + p.procedures().stream().map(ProcedureCode::value)
                        .sorted().collect(Collectors.joining(","))).collect(Collectors.joining("; ")));
    }

    @Override
    public OfficeFloor arrangeWindows(StaffMember member, String officeId, List<ServiceWindow> windows,
            long version) {
        return change(member, officeId, version, floor -> {
            windows.forEach(w -> w.procedures().forEach(this::requireInCatalogue));
            floor.arrangeWindows(windows);
        }, "windows " + (windows.isEmpty() ? "none" : "") + windows.stream()
                .map(w -> w.number() + " " + w.procedures().stream().map(ProcedureCode::value).sorted()
                        .collect(Collectors.joining(","))).collect(Collectors.joining("; ")));
    }

    @Override
    public OfficeFloor takeTurns(StaffMember member, String officeId, QueueRatio ratio,
            Optional<Duration> conversionLead, long version) {
        return change(member, officeId, version, floor -> {
            floor.takeTurns(ratio);
            floor.convertUnusedOnlinePlaces(conversionLead);
        }, "turns " + ratio + ", conversion " + conversionLead.map(d -> d.toMinutes() + " min").orElse("off"));
    }

    @Override
    public OfficeFloor setDayTokens(StaffMember member, String officeId, LocalDate day, char letter,
            Optional<Integer> tokens, long version) {
        return change(member, officeId, version, floor -> floor.setDayTokens(day, letter, tokens),
                "walk-in tokens " + letter + " on " + day + ": " + tokens.map(String::valueOf).orElse("daily"));
    }

    private OfficeFloor change(StaffMember member, String officeId, long version, Consumer<OfficeFloor> step,
            String detail) {
        OfficeId office = existing(access.workable(member, officeId));
        OfficeFloor floor = floors.find(office).orElseGet(() -> OfficeFloor.create(office));
        if (floor.version() != version) {
            throw new EditConflictException("the floor of " + office.value());
        }
        step.accept(floor);
        OfficeFloor saved = floors.save(floor);
        access.record(member, AuditAction.FLOOR_CHANGED, office, office.value(), detail);
        return saved;
    }

    private OfficeId existing(OfficeId office) {
        offices.findById(office).orElseThrow(() -> new OfficeNotFoundException(office.value()));
        return office;
    }

    private void requireInCatalogue(ProcedureCode code) {
        procedures.findByCode(code).orElseThrow(() -> new ProcedureNotFoundException(code.value()));
    }
}
