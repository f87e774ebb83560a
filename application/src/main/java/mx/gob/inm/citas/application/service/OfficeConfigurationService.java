package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import mx.gob.inm.citas.application.port.in.ConfigureOfficesUseCase;
import mx.gob.inm.citas.application.port.in.OfficeDetails;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.office.State;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Offices in the console: an admin creates, deactivates and reactivates them; an admin or the office's staff
 * edit the details. A time zone is an IANA region (its offset follows the region's rules), never a bare offset.
 * The time zone stays while appointments are ahead, since every local time the applicants were given would move.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class OfficeConfigurationService implements ConfigureOfficesUseCase {

    private final OfficeRepository offices;
    private final AppointmentRepository appointments;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public OfficeConfigurationService(OfficeRepository offices, AppointmentRepository appointments, AuditLog audit,
            Clock clock) {
        this.offices = offices;
        this.appointments = appointments;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected OfficeConfigurationService() {
        this(null, null, null, null);
    }

    @Override
    public List<Office> offices(StaffMember member) {
        return offices.findAllAsStored().stream().filter(o -> member.mayRead(o.id())).toList();
    }

    @Override
    public Office office(StaffMember member, String officeId) {
        return find(access.readable(member, officeId));
    }

    @Override
    public int appointmentsAhead(StaffMember member, String officeId) {
        return AppointmentsAhead.of(appointments, find(access.readable(member, officeId)).id(), clock.instant())
                .size();
    }

    @Override
    public Office create(StaffMember member, OfficeDetails details) {
        access.admin(member, "create office " + details.id());
        OfficeId id = new OfficeId(details.id() == null ? null : details.id().strip());
        require(offices.findById(id).isEmpty(), "officeId.taken", "An office with the id " + id + " already exists",
                id.value());
        offices.save(Office.create(id, details.name(), state(details.stateCode()), details.city(),
                details.address(), timeZone(details.timeZone())));
        access.record(member, AuditAction.OFFICE_CHANGED, id, id.value(), "created");
        return find(id);
    }

    @Override
    public Office edit(StaffMember member, String officeId, OfficeDetails details, long version) {
        Office current = find(access.workable(member, officeId));
        ZoneId timeZone = timeZone(details.timeZone());
        if (!timeZone.equals(current.timeZone())) {
            int ahead = AppointmentsAhead.of(appointments, current.id(), clock.instant()).size();
            require(ahead == 0, "timeZone.locked", "The office " + current.id() + " has " + ahead
                    + " appointments ahead; their local"
                    + " times would move. Keep the time zone " + current.timeZone() + " until they are over.", ahead,
                    current.timeZone().getId());
        }
        offices.save(Office.reconstitute(current.id(), details.name(), state(details.stateCode()), details.city(),
                details.address(), timeZone, current.isActive(), version));
        access.record(member, AuditAction.OFFICE_CHANGED, current.id(), current.id().value(), "details changed");
        return find(current.id());
    }

    @Override
    public Office setActive(StaffMember member, String officeId, boolean active, long version) {
        access.admin(member, (active ? "activate office " : "deactivate office ") + officeId);
        Office office = find(StaffAccess.officeId(officeId));
        Office changed = Office.reconstitute(office.id(), office.name(), office.state(), office.city(),
                office.address(), office.timeZone(), office.isActive(), version);
        if (active) {
            changed.activate();
        } else {
            changed.deactivate();
        }
        offices.save(changed);
        access.record(member, AuditAction.OFFICE_CHANGED, office.id(), office.id().value(),
                active ? "activated" : "deactivated");
        return find(office.id());
    }

    private static State state(String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return State.federalEntity(typed).orElseThrow(() -> new InvalidValueException("state.unknown",
                "There is no federal entity '" + typed + "': use one of the 32 abbreviations, such as CDMX or QROO",
                typed));
    }

    /** Region ids only: a fixed offset (-06:00, UTC-6) would ignore the daylight saving rules of the region. */
    private static ZoneId timeZone(String id) {
        String typed = id == null ? "" : id.strip();
        boolean region = typed.contains("/") && !typed.startsWith("Etc/") && !typed.startsWith("SystemV/");
        require(region && ZoneId.getAvailableZoneIds().contains(typed), "timeZone.unknown", "Unknown time zone '"
                + typed
                + "': use an IANA region such as America/Mexico_City or America/Cancun", typed);
        return ZoneId.of(typed);
    }

    private Office find(OfficeId id) {
        return offices.findByIdAsStored(id).orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }
}
