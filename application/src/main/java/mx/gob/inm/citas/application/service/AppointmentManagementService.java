package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.AppointmentProofs;
import mx.gob.inm.citas.application.port.out.CalendarFiles;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;

/** Shows, cancels and moves an applicant's appointment, proven by its code and passport number. */
@ApplicationScoped
@Transactional
public class AppointmentManagementService implements ManageAppointmentUseCase {

    private final AppointmentRepository appointments;
    private final SlotBooking slots;
    private final AppointmentMail mail;
    private final ChangePolicy changes;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final CalendarFiles calendars;
    private final AppointmentProofs proofs;
    private final Clock clock;

    @Inject
    public AppointmentManagementService(AppointmentRepository appointments, SlotBooking slots, AppointmentMail mail,
            ChangePolicy changes, OfficeRepository offices, ProcedureRepository procedures, CalendarFiles calendars,
            AppointmentProofs proofs, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.mail = mail;
        this.changes = changes;
        this.offices = offices;
        this.procedures = procedures;
        this.calendars = calendars;
        this.proofs = proofs;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AppointmentManagementService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> changeDeadline(Instant start) {
        return changes.deadline(start, clock.instant());
    }

    @Override
    public Appointment find(String confirmationCode, String passportNumber) {
        return appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> AppointmentLookup.opensWith(a, passportNumber))
                .orElseThrow(AppointmentLookup::notFound);
    }

    @Override
    public Appointment cancel(String confirmationCode, String passportNumber) {
        Instant now = clock.instant();
        Appointment appointment = find(confirmationCode, passportNumber);
        boolean wasConfirmed = appointment.status() == AppointmentStatus.CONFIRMED;
        appointment.cancel(now, changes);
        slots.release(appointment.office(), appointment.start(), appointment.code());
        appointments.update(appointment);
        if (wasConfirmed) {
            mail.enqueue(appointment, NotificationKind.CANCELLATION, now);
        }
        return appointment;
    }

    @Override
    public Appointment move(String confirmationCode, String passportNumber, Instant newStart) {
        Instant now = clock.instant();
        Appointment appointment = find(confirmationCode, passportNumber);
        Instant oldStart = appointment.start();
        appointment.moveTo(newStart, now, changes);
        SlotBooking.Slot slot = slots.bookableSlot(appointment.office().value(), appointment.procedure().value(),
                newStart, appointment.applicant(), now);
        appointments.update(appointment);
        mail.enqueue(appointment, NotificationKind.RESCHEDULE, now);
        // The new place is taken before the old one is freed; a full slot rolls the whole transaction back.
        slots.take(slot, appointment.code());
        slots.release(appointment.office(), oldStart, appointment.code());
        return appointment;
    }

    @Override
    public String calendarFile(String confirmationCode, String passportNumber) {
        return calendars.calendarOf(confirmedContent(confirmationCode, passportNumber,
                "Only a confirmed appointment can be added to a calendar"));
    }

    @Override
    public byte[] proofFile(String confirmationCode, String passportNumber) {
        return proofs.proofOf(confirmedContent(confirmationCode, passportNumber,
                "Only a confirmed appointment has a proof to print"));
    }

    private Notification confirmedContent(String confirmationCode, String passportNumber, String refusal) {
        Appointment appointment = find(confirmationCode, passportNumber);
        if (appointment.status() != AppointmentStatus.CONFIRMED) {
            throw new AppointmentRefusedException(AppointmentRefusedException.Reason.NOT_ALLOWED_NOW,
                    "appointment.notConfirmed", refusal);
        }
        Office office = offices.findById(appointment.office()).orElseThrow();
        Procedure procedure = procedures.findByCode(appointment.procedure()).orElseThrow();
        return NotificationContent.of(appointment.code().value(), NotificationKind.CONFIRMATION, appointment, office,
                procedure, appointment.start(), appointment.sequence(), changes, clock.instant(), null);
    }
}
