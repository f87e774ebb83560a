package mx.gob.inm.citas.application.port.in;

import java.time.Duration;

/** In-port: sends what waits in the outbox and queues the reminders of coming appointments. */
public interface DispatchNotificationsUseCase {

    /** What one round of dispatching did. */
    record DispatchReport(int sent, int failed) {
    }

    /** Sends the due messages of the outbox; failures are retried later with back-off. */
    DispatchReport dispatchDue();

    /**
     * Queues each reminder of the schedule ({@code ReminderSchedule}: by default 72 and 24 hours ahead) whose time
     * has come, once per confirmed appointment and start; returns how many were queued. Done when {@code instance}
     * holds the job's lease (taken or renewed for {@code leaseFor}, longer than the period between runs): one
     * instance at a time does it, and another takes it over once the lease of one that stopped has run out.
     */
    int queueReminders(String instance, Duration leaseFor);
}
