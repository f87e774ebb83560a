package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;

/** The transactional steps of dispatching notifications (see {@link NotificationDispatchService}). */
@ApplicationScoped
@Transactional
public class OutboxWork {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;
    static final Duration MAX_BACK_OFF = Duration.ofHours(1);
    /** Reminders go out for confirmed appointments that start within this much time. */
    static final Duration REMINDER_LEAD = Duration.ofHours(24);

    private final Outbox outbox;
    private final AppointmentRepository appointments;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final AppointmentMail mail;
    private final ChangePolicy changes;
    private final Clock clock;

    @Inject
    public OutboxWork(Outbox outbox, AppointmentRepository appointments, OfficeRepository offices,
            ProcedureRepository procedures, AppointmentMail mail, ChangePolicy changes, Clock clock) {
        this.outbox = outbox;
        this.appointments = appointments;
        this.offices = offices;
        this.procedures = procedures;
        this.mail = mail;
        this.changes = changes;
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected OutboxWork() {
        this(null, null, null, null, null, null, null);
    }

    public List<OutboxMessage> claimDue() {
        return outbox.claimDue(clock.instant(), LEASE, BATCH);
    }

    /**
     * What the message says, in the applicant's language and the office's zone, as of when it was queued; empty
     * when it no longer holds: a reminder for an appointment cancelled or moved since it was queued (a mail server
     * outage can keep it waiting that long) must not tell the applicant to come.
     */
    public Optional<Notification> contentOf(OutboxMessage message) {
        Appointment appointment = appointments.findByCode(message.appointment()).orElseThrow(
                () -> new IllegalStateException("The outbox refers to a missing appointment " + message.appointment()));
        if (message.kind() == NotificationKind.REMINDER && (appointment.status() != AppointmentStatus.CONFIRMED
                || !appointment.start().equals(message.start()))) {
            return Optional.empty();
        }
        Office office = offices.findById(appointment.office()).orElseThrow();
        Procedure procedure = procedures.findByCode(appointment.procedure()).orElseThrow();
        return Optional.of(NotificationContent.of(message.id(), message.kind(), appointment, office, procedure,
                message.start(), message.sequence(), changes, clock.instant()));
    }

    public void sent(OutboxMessage message) {
        outbox.markSent(message.id(), clock.instant());
    }

    /** Records the failure; the next attempt waits 1, 2, 4 … minutes, at most an hour. */
    public void failed(OutboxMessage message, RuntimeException error) {
        int attempts = message.attempts() + 1;
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
        if (wait.compareTo(MAX_BACK_OFF) > 0) {
            wait = MAX_BACK_OFF;
        }
        String reason = String.valueOf(error.getMessage());
        outbox.markFailed(message.id(), attempts, clock.instant().plus(wait),
                reason.length() > 500 ? reason.substring(0, 500) : reason);
    }

    public int queueReminders() {
        Instant now = clock.instant();
        int queued = 0;
        for (ConfirmationCode code : appointments.awaitingReminder(now, now.plus(REMINDER_LEAD), BATCH)) {
            Appointment appointment = appointments.findByCode(code).orElseThrow();
            if (appointments.markReminderQueued(code, appointment.start())) {
                mail.enqueue(appointment, NotificationKind.REMINDER, now);
                queued++;
            }
        }
        return queued;
    }
}
