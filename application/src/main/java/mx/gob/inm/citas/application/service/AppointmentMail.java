package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.appointment.Appointment;

/** Puts a notification about an appointment into the outbox, inside the caller's transaction. */
@Dependent
public class AppointmentMail {

    private final Outbox outbox;

    @Inject
    public AppointmentMail(Outbox outbox) {
        this.outbox = outbox;
    }

    void enqueue(Appointment appointment, NotificationKind kind, Instant now) {
        outbox.enqueue(OutboxMessage.of(UUID.randomUUID().toString(), appointment.code(), kind, appointment.start(),
                appointment.sequence(), now));
    }
}
