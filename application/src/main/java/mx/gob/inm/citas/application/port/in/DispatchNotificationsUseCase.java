package mx.gob.inm.citas.application.port.in;

/** In-port: sends what waits in the outbox and queues the reminders of tomorrow's appointments. */
public interface DispatchNotificationsUseCase {

    /** What one round of dispatching did. */
    record DispatchReport(int sent, int failed) {
    }

    /** Sends the due messages of the outbox; failures are retried later with back-off. */
    DispatchReport dispatchDue();

    /** Queues a reminder, once, for each confirmed appointment starting within the next day. */
    int queueReminders();
}
