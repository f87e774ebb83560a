package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.in.ExpireHoldsUseCase;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/**
 * Releases unverified holds: those whose time ran out, and those whose holder confirmed another hold first. One
 * instance at a time sweeps, the one holding the job's lease; each release is its own transaction, and two releasing
 * the same hold at once (a sweep and the holder's own late answer) conflict on the appointment's version, so its
 * place is given back exactly once.
 */
@ApplicationScoped
@Transactional
public class HoldExpiryService implements ExpireHoldsUseCase {

    static final int BATCH = 200;

    static final String JOB = "hold-expiry";

    private final AppointmentRepository appointments;
    private final SlotBooking slots;
    private final JobLeases leases;
    private final Clock clock;

    @Inject
    public HoldExpiryService(AppointmentRepository appointments, SlotBooking slots, JobLeases leases, Clock clock) {
        this.appointments = appointments;
        this.slots = slots;
        this.leases = leases;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected HoldExpiryService() {
        this(null, null, null, null);
    }

    @Override
    public List<ConfirmationCode> expiredHolds(String instance, Duration leaseFor) {
        if (!leases.tryAcquire(JOB, instance, clock.instant(), leaseFor)) {
            return List.of();
        }
        List<ConfirmationCode> due = new ArrayList<>(appointments.expiredHolds(clock.instant(), BATCH));
        if (due.size() < BATCH) {
            appointments.supersededHolds(BATCH - due.size()).stream().filter(c -> !due.contains(c))
                    .forEach(due::add);
        }
        return due;
    }

    @Override
    public boolean expire(ConfirmationCode code) {
        Appointment appointment = appointments.findByCode(code).orElse(null);
        if (appointment == null) {
            return false;
        }
        boolean released = appointment.expireIfDue(clock.instant())
                || appointment.holderKey().filter(appointments::hasConfirmed).isPresent()
                        && appointment.releaseAsSuperseded();
        if (!released) {
            return false;
        }
        slots.release(appointment.office(), appointment.start(), appointment.code());
        appointments.update(appointment);
        return true;
    }
}
