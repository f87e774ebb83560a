package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.ALREADY_BOOKED;
import static mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason.NOT_ALLOWED_NOW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;
import mx.gob.inm.citas.application.port.in.ActForApplicantUseCase;
import mx.gob.inm.citas.application.port.in.StaffBookingCommand;
import mx.gob.inm.citas.application.port.out.AppointmentProofs;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AuditLog;
import mx.gob.inm.citas.application.port.out.ClosureRepository;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeFloorRepository;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.VisitRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.application.port.out.ScheduleRepository;
import mx.gob.inm.citas.application.port.out.SlotLedger;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.AvailabilityCalculator;
import mx.gob.inm.citas.domain.availability.DateRange;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.calendar.ClosureCalendar;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * Staff act for an applicant. A booking or a move takes its place in the slot ledger in the same transaction as the
 * appointment, like a hold online ({@link SlotBooking}), so the database still decides "never more than the places
 * of a slot" and "one active appointment per person and procedure"; a refusal rolls everything back.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = OfficeAccessDeniedException.class)
public class ActForApplicantService implements ActForApplicantUseCase {

    private final SlotBooking slots;
    private final AppointmentRepository appointments;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final SlotLedger ledger;
    private final AppointmentMail mail;
    private final AppointmentProofs proofs;
    private final ChangePolicy changes;
    private final FloorQueue queue;
    private final StaffAccess access;
    private final RandomGenerator random;
    private final Clock clock;

    @Inject
    public ActForApplicantService(SlotBooking slots, AppointmentRepository appointments, OfficeRepository offices,
            ProcedureRepository procedures, ScheduleRepository schedules, ClosureRepository closures,
            SlotLedger ledger, AppointmentMail mail, AppointmentProofs proofs, ChangePolicy changes,
            OfficeFloorRepository floors, VisitRepository visits, AuditLog audit, RandomGenerator random,
            Clock clock) {
        this.queue = new FloorQueue(floors, visits);
        this.slots = slots;
        this.appointments = appointments;
        this.offices = offices;
        this.procedures = procedures;
        this.schedules = schedules;
        this.closures = closures;
        this.ledger = ledger;
        this.mail = mail;
        this.proofs = proofs;
        this.changes = changes;
        this.access = audit == null ? null : new StaffAccess(audit, clock);
        this.random = random;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected ActForApplicantService() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public List<FreeSlot> freeTimes(StaffMember member, String officeId, String procedureCode, LocalDate day) {
        Office office = office(access.workable(member, officeId));
        Procedure procedure = procedures.findByCode(new ProcedureCode(procedureCode))
                .orElseThrow(() -> new ProcedureNotFoundException(procedureCode));
        ZoneId zone = office.timeZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        var week = schedules.findByOffice(office.id());
        if (!week.offers(procedure.code()) || !procedure.isBookableOnline()) {
            return List.of();
        }
        return new AvailabilityCalculator(slots.staffWindow()).calculate(office, procedure, week,
                new ClosureCalendar(office.id(), closures.findApplyingTo(office.id(), day, day)),
                ledger.takenPlaces(office.id(), from, to), new DateRange(day, day), clock.instant())
                .days().stream().flatMap(d -> d.slots().stream()).toList();
    }

    @Override
    public Appointment book(StaffMember member, StaffBookingCommand command) {
        OfficeId officeId = access.workable(member, command.officeId());
        Instant now = clock.instant();
        SlotBooking.Slot slot = slots.staffBookableSlot(officeId.value(), command.procedureCode(), command.start(),
                command.applicant(), now);
        Procedure procedure = slot.procedure();
        if (appointments.hasConfirmed(Appointment.holderKeyOf(command.applicant(), procedure.code()))) {
            throw new AppointmentRefusedException(ALREADY_BOOKED, "This passport already has a confirmed appointment"
                    + " for this procedure; move or cancel it instead");
        }
        Appointment appointment = Appointment.bookAtOffice(ConfirmationCode.random(random), slot.office().id(),
                procedure.code(), command.applicant(), command.start(), procedure.duration(), sixDigits(), now);
        appointments.add(appointment);
        mail.enqueue(appointment, NotificationKind.CONFIRMATION, now);
        slots.take(slot, appointment.code());
        access.record(member, AuditAction.APPOINTMENT_BOOKED_BY_STAFF, officeId, appointment.code().value(),
                procedure.code().value() + " at " + local(command.start(), slot.office())
                        + (command.applicant().email().isEmpty() ? "; no e-mail address" : ""));
        return appointment;
    }

    @Override
    public Appointment cancel(StaffMember member, String officeId, String confirmationCode, String reason) {
        OfficeId office = access.workable(member, officeId);
        Instant now = clock.instant();
        Appointment appointment = inOffice(office, confirmationCode);
        appointment.cancelForApplicant(now, reason);
        appointments.update(appointment);
        ledger.release(appointment.office(), appointment.start(), appointment.code());
        mail.enqueue(appointment, NotificationKind.CANCELLED_BY_OFFICE, now);
        access.record(member, AuditAction.APPOINTMENT_CANCELLED_BY_STAFF, office, appointment.code().value(),
                "at " + local(appointment.start(), office(office)));
        return appointment;
    }

    @Override
    public Appointment move(StaffMember member, String officeId, String confirmationCode, Instant newStart,
            String reason) {
        OfficeId office = access.workable(member, officeId);
        Instant now = clock.instant();
        Appointment appointment = inOffice(office, confirmationCode);
        Instant oldStart = appointment.start();
        appointment.moveForApplicant(newStart, now, reason);
        SlotBooking.Slot slot = slots.staffBookableSlot(office.value(), appointment.procedure().value(), newStart,
                appointment.applicant(), now);
        appointments.update(appointment);
        mail.enqueue(appointment, NotificationKind.RESCHEDULE, now);
        // The new place is taken before the old one is freed; a full slot rolls the whole transaction back.
        slots.take(slot, appointment.code());
        slots.release(appointment.office(), oldStart, appointment.code());
        Office where = office(office);
        access.record(member, AuditAction.APPOINTMENT_MOVED_BY_STAFF, office, appointment.code().value(),
                "from " + local(oldStart, where) + " to " + local(newStart, where));
        return appointment;
    }

    @Override
    public Appointment undo(StaffMember member, String officeId, String confirmationCode) {
        Office office = office(access.workable(member, officeId));
        Appointment appointment = inOffice(office.id(), confirmationCode);
        Instant now = clock.instant();
        AgendaStep undone = appointment.undoLastStep(now, office.timeZone());
        if (undone == AgendaStep.CHECK_IN) {
            queue.checkInUndone(appointment, member.username().value(), now);
        }
        appointments.update(appointment);
        access.record(member, AuditAction.AGENDA_STEP_UNDONE, office.id(), appointment.code().value(),
                undone.name() + " undone");
        return appointment;
    }

    @Override
    public byte[] proof(StaffMember member, String officeId, String confirmationCode) {
        Office office = office(access.workable(member, officeId));
        Appointment appointment = inOffice(office.id(), confirmationCode);
        if (appointment.status() != AppointmentStatus.CONFIRMED) {
            throw new AppointmentRefusedException(NOT_ALLOWED_NOW, "Only a confirmed appointment has a proof to print");
        }
        Procedure procedure = procedures.findByCode(appointment.procedure()).orElseThrow();
        access.record(member, AuditAction.VIEWED_APPLICANT_DATA, office.id(), appointment.code().value(), "proof printed");
        return proofs.proofOf(NotificationContent.of(appointment.code().value(), NotificationKind.CONFIRMATION,
                appointment, office, procedure, appointment.start(), appointment.sequence(), changes,
                clock.instant(), null));
    }

    /**
     * A time as the audit log keeps it: the office's local date and time in ISO form ({@code 2026-11-30T09:00}),
     * read by the console's audit page. The audit keeps no free text: staff's reason may be about the person, and
     * it stays only on the appointment, which is anonymised while the audit log is kept.
     */
    private static String local(Instant instant, Office office) {
        return LocalDateTime.ofInstant(instant, office.timeZone()).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private Office office(OfficeId id) {
        return offices.findById(id).orElseThrow(() -> new OfficeNotFoundException(id.value()));
    }

    private Appointment inOffice(OfficeId office, String confirmationCode) {
        return appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> a.office().equals(office)).orElseThrow(AppointmentLookup::notFound);
    }

    /** 000000 to 999999: every appointment has a verification code, though nobody types this one. */
    private String sixDigits() {
        String digits = Integer.toString(random.nextInt(1_000_000));
        return "000000".substring(digits.length()) + digits;
    }
}
