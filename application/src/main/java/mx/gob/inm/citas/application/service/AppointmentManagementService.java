package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.ManageAppointmentUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;

/** Shows, cancels and moves an applicant's appointment, proven by its code and passport number. */
@ApplicationScoped
@Transactional
public class AppointmentManagementService implements ManageAppointmentUseCase {

    private final AppointmentRepository appointments;
    private final SlotBooking slots;
    private final AppointmentMail mail;
    private final ChangePolicy changes;
    private final Clock clock;

    @Inject
    public AppointmentManagementService(AppointmentRepository appointments, SlotBooking slots, AppointmentMail mail,
            ChangePolicy changes, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.mail = mail;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected AppointmentManagementService() {
        this(null, null, null, null, null);
    }

    @Override
    public Appointment find(String confirmationCode, String passportNumber) {
        return appointments.findByCode(AppointmentLookup.parse(confirmationCode))
                .filter(a -> a.applicant().passport().sameAs(passportNumber))
                .orElseThrow(AppointmentLookup::notFound);
    }

    @Override
    public Appointment cancel(String confirmationCode, String passportNumber) {
        Instant now = clock.instant();
        Appointment appointment = find(confirmationCode, passportNumber);
        boolean wasConfirmed = appointment.status() == AppointmentStatus.CONFIRMED;
        appointment.cancel(now, changes);
        slots.release(appointment.office(), appointment.start());
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
        slots.take(slot);
        slots.release(appointment.office(), oldStart);
        return appointment;
    }
}
