package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.PASSPORT_MISMATCH;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.AgendaDay;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.floor.Priority;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/** The day's agenda of an office: who comes when, check-in, attended, no-show. */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class AgendaService implements RunAgendaUseCase {

    private final AppointmentRepository appointments;
    private final OfficeRepository offices;
    private final NoShowPolicy noShows;
    private final FloorQueue queue;
    private final StaffAccess access;
    private final Clock clock;

    @Inject
    public AgendaService(AppointmentRepository appointments, OfficeRepository offices, NoShowPolicy noShows,
            OfficeFloorRepository floors, VisitRepository visits, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.offices = offices;
        this.noShows = noShows;
        this.queue = new FloorQueue(floors, visits);
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AgendaService() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public List<Office> offices(StaffMember member) {
        return offices.findAll().stream().filter(o -> member.mayRead(o.id())).toList();
    }

    @Override
    public List<Appointment> day(StaffMember member, String officeId, LocalDate day) {
        return agendaDay(member, officeId, day).appointments();
    }

    @Override
    public AgendaDay agendaDay(StaffMember member, String officeId, LocalDate day) {
        Office office = office(access.readable(member, officeId));
        Instant from = day.atStartOfDay(office.timeZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(office.timeZone()).toInstant();
        List<Appointment> agenda = appointments.findStartingBetween(office.id(), from, to).stream()
                .filter(AgendaService::onTheAgenda).toList();
        access.record(member, AuditAction.VIEWED_APPLICANT_DATA, office.id(), "agenda " + day,
                agenda.size() + " appointments");
        // the steps are the aggregate's, and only for a member whose role works in the office
        boolean mayWork = member.mayWorkIn(office.id());
        Instant now = clock.instant();
        return new AgendaDay(office, day, mayWork, agenda.stream().map(a -> new AgendaDay.Entry(a,
                mayWork ? a.agendaSteps(now, office.timeZone()) : Set.of())).toList());
    }

    @Override
    public List<Appointment> search(StaffMember member, String officeId, String codeOrPassport) {
        OfficeId office = office(access.readable(member, officeId)).id();
        String typed = codeOrPassport == null ? "" : codeOrPassport.strip();
        // Both: some passport numbers also read as a valid confirmation code.
        Set<Appointment> matches = new LinkedHashSet<>();
        if (ConfirmationCode.isWellFormed(typed)) {
            appointments.findByCode(ConfirmationCode.parse(typed)).filter(a -> a.office().equals(office))
                    .ifPresent(matches::add);
        }
        boolean foundByCode = !matches.isEmpty();
        Optional<PassportNumber> passport = passport(typed);
        List<Appointment> byPassport = passport.map(p -> appointments.findByPassport(office, p)).orElse(List.of());
        matches.addAll(byPassport);
        List<Appointment> found = matches.stream().filter(AgendaService::onTheAgenda)
                .sorted(Comparator.comparing(Appointment::start).thenComparing(a -> a.code().value())).toList();
        access.record(member, AuditAction.VIEWED_APPLICANT_DATA, office,
                searched(typed, foundByCode && byPassport.isEmpty(), passport), found.size() + " found");
        return found;
    }

    /**
     * What the audit log keeps of a search: who looked and what for, but never a passport number. A code that
     * found its appointment, and nothing by passport, is kept; anything a passport number could be is masked
     * ({@link PassportNumber#masked}); anything else is not kept, since it could be anything a person typed.
     */
    private static String searched(String typed, boolean onlyACode, Optional<PassportNumber> passport) {
        if (onlyACode) {
            return "search code " + ConfirmationCode.parse(typed).value();
        }
        return passport.map(p -> "search passport " + p.masked())
                .orElse("search (neither a code nor a passport number)");
    }

    @Override
    public CheckIn checkIn(StaffMember member, String officeId, String confirmationCode, String passportShown,
            Priority priority) {
        Office office = office(access.workable(member, officeId));
        Appointment appointment = inOffice(office.id(), confirmationCode);
        PassportNumber shown = passport(passportShown).orElseThrow(() -> new AppointmentRefusedException(
                PASSPORT_MISMATCH, "The passport shown is not the one this appointment was booked with"));
        Instant now = clock.instant();
        appointment.checkIn(shown, now, office.timeZone());
        changed(member, office.id(), appointment, AuditAction.CHECKED_IN);
        return new CheckIn(appointment, queue.checkedIn(appointment, office, priority, member.username().value(),
                now));
    }

    @Override
    public Appointment markAttended(StaffMember member, String officeId, String confirmationCode) {
        OfficeId office = office(access.workable(member, officeId)).id();
        Appointment appointment = inOffice(office, confirmationCode);
        appointment.markAttended();
        queue.servedOutsideQueue(appointment, member.username().value(), clock.instant());
        return changed(member, office, appointment, AuditAction.MARKED_ATTENDED);
    }

    @Override
    public Appointment markNoShow(StaffMember member, String officeId, String confirmationCode) {
        OfficeId office = office(access.workable(member, officeId)).id();
        Appointment appointment = inOffice(office, confirmationCode);
        appointment.markNoShow(clock.instant(), noShows);
        return changed(member, office, appointment, AuditAction.MARKED_NO_SHOW);
    }

    private Appointment changed(StaffMember member, OfficeId office, Appointment appointment, AuditAction action) {
        appointments.update(appointment);
        access.record(member, action, office, appointment.code().value(), "");
        return appointment;
    }

    /** Holds not yet verified, and holds that ran out, are nobody's appointment yet. */
    private static boolean onTheAgenda(Appointment appointment) {
        return appointment.status() != AppointmentStatus.PENDING_VERIFICATION
                && appointment.status() != AppointmentStatus.EXPIRED;
    }

    private Office office(OfficeId id) {
        return offices.findById(id).orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }

    private Appointment inOffice(OfficeId office, String confirmationCode) {
        return appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> a.office().equals(office)).orElseThrow(AppointmentLookup::notFound);
    }

    private static Optional<PassportNumber> passport(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new PassportNumber(typed));
        } catch (RuntimeException notAPassportNumber) {
            return Optional.empty();
        }
    }
}
