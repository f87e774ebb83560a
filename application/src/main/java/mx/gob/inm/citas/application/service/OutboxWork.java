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
import mx.gob.inm.citas.application.port.out.JobLeases;
import mx.gob.inm.citas.application.port.out.LinkSecret;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OfficeRepository;
import mx.gob.inm.citas.application.port.out.Outbox;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.application.port.out.ProcedureRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.ReminderSchedule;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;

/** The transactional steps of dispatching notifications (see {@link NotificationDispatchService}). */
@ApplicationScoped
@Transactional
public class OutboxWork {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final String REMINDER_JOB = "reminders";
    static final int BATCH = 50;
    static final Duration MAX_BACK_OFF = Duration.ofHours(1);
    /** A round of queueing reminders looks at most this many batches per lead, so one transaction stays short. */
    static final int MAX_REMINDER_BATCHES = 20;

    private final Outbox outbox;
    private final JobLeases leases;
    private final AppointmentRepository appointments;
    private final OfficeRepository offices;
    private final ProcedureRepository procedures;
    private final AppointmentMail mail;
    private final ChangePolicy changes;
    private final ReminderSchedule reminders;
    private final Clock clock;
    private final LinkSecret linkSecret;

    @Inject
    public OutboxWork(Outbox outbox, AppointmentRepository appointments, OfficeRepository offices,
            ProcedureRepository procedures, AppointmentMail mail, ChangePolicy changes, ReminderSchedule reminders,
            Clock clock, LinkSecret linkSecret, JobLeases leases) {
        this.leases = leases;
        this.outbox = outbox;
        this.appointments = appointments;
        this.offices = offices;
        this.procedures = procedures;
        this.mail = mail;
        this.changes = changes;
        this.reminders = reminders;
        this.clock = clock;
        this.linkSecret = linkSecret;
    }

    /** For the CDI proxy only. */
    protected OutboxWork() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    public List<OutboxMessage> claimDue() {
        return outbox.claimDue(clock.instant(), LEASE, BATCH);
    }

    /**
     * What the message says, in the applicant's language and the office's zone, as of when it was queued; empty
     * when it no longer holds: a reminder for an appointment cancelled or moved since it was queued, or one that
     * has begun (a mail server outage can keep it waiting that long), must not tell the applicant to come. What
     * it says about changes is as of now, when it is sent: a reminder held up past the cut-off says it can no
     * longer be changed online.
     */
    public Optional<Notification> contentOf(OutboxMessage message) {
        Appointment appointment = appointments.findByCode(message.appointment()).orElseThrow(
                () -> new IllegalStateException("The outbox refers to a missing appointment " + message.appointment()));
        if (message.kind() == NotificationKind.REMINDER && (appointment.status() != AppointmentStatus.CONFIRMED
                || !appointment.start().equals(message.start()) || !clock.instant().isBefore(message.start()))) {
            return Optional.empty();
        }
        Office office = offices.findById(appointment.office()).orElseThrow();
        Procedure procedure = procedures.findByCode(appointment.procedure()).orElseThrow();
        return Optional.of(NotificationContent.of(message.id(), message.kind(), appointment, office, procedure,
                message.start(), message.sequence(), changes, clock.instant(),
                message.kind() == NotificationKind.VERIFICATION
                        ? new ConfirmLinkKeys(linkSecret.secret()).keyOf(appointment) : null));
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

    /**
     * Queues the reminders due now, lead by lead ({@link ReminderSchedule#windows}). Each is claimed in the store
     * first (once per appointment, start and lead, also across instances); a reminder the applicant no longer
     * needs (confirmed or moved after its time came) is claimed without being queued.
     */
    public int queueReminders(String instance, Duration leaseFor) {
        Instant now = clock.instant();
        if (!leases.tryAcquire(REMINDER_JOB, instance, now, leaseFor)) {
            return 0;
        }
        int queued = 0;
        for (ReminderSchedule.Window window : reminders.windows(now)) {
            for (int batch = 0; batch < MAX_REMINDER_BATCHES; batch++) {
                List<ConfirmationCode> due = appointments.awaitingReminder(window.from(), window.to(), window.lead(),
                        BATCH);
                for (ConfirmationCode code : due) {
                    Appointment appointment = appointments.findByCode(code).orElseThrow();
                    boolean needed = reminders.isNeeded(window.lead(), appointment.start(),
                            outbox.lastQueuedAbout(code, appointment.start()));
                    if (appointments.markReminderQueued(code, appointment.start(), window.lead()) && needed) {
                        mail.enqueue(appointment, NotificationKind.REMINDER, now);
                        queued++;
                    }
                }
                if (due.size() < BATCH) {
                    break;
                }
            }
        }
        return queued;
    }
}
