package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.appointment.Appointment;

/**
 * Puts a notification about an appointment into the outbox, inside the caller's transaction; nothing for an
 * applicant without an e-mail address (booked by staff, who give them the code on paper or aloud).
 */
@Dependent
public class AppointmentMail {

    private final Outbox outbox;
    private final RandomGenerator random;

    @Inject
    public AppointmentMail(Outbox outbox, RandomGenerator random) {
        this.outbox = outbox;
        this.random = random;
    }

    void enqueue(Appointment appointment, NotificationKind kind, Instant now) {
        if (appointment.applicant().email().isEmpty()) {
            return;
        }
        outbox.enqueue(OutboxMessage.of(randomUuid().toString(), appointment.code(), kind, appointment.start(),
                appointment.sequence(), now));
    }

    /** A version 4 UUID from the injected generator (UUID.randomUUID() shares one lock-guarded SecureRandom). */
    private UUID randomUuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
