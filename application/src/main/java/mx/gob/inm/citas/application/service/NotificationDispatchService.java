package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.inm.citas.application.port.in.DispatchNotificationsUseCase;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.Notifications;
import mx.gob.inm.citas.application.port.out.OutboxMessage;

/**
 * Sends the outbox. Claiming, reading and marking each happen in short transactions of {@link OutboxWork}; the
 * sending itself happens outside any transaction, so a slow mail server never holds database locks.
 */
@ApplicationScoped
public class NotificationDispatchService implements DispatchNotificationsUseCase {

    private static final Logger LOG = Logger.getLogger(NotificationDispatchService.class.getName());

    private final OutboxWork work;
    private final Notifications notifications;

    @Inject
    public NotificationDispatchService(OutboxWork work, Notifications notifications) {
        this.work = work;
        this.notifications = notifications;
    }

    /** For the CDI proxy only. */
    protected NotificationDispatchService() {
        this(null, null);
    }

    @Override
    public DispatchReport dispatchDue() {
        int sent = 0;
        int failed = 0;
        for (OutboxMessage message : work.claimDue()) {
            try {
                Notification notification = work.contentOf(message);
                notifications.deliver(notification);
                work.sent(message);
                sent++;
            } catch (RuntimeException e) {
                failed++;
                work.failed(message, e);
                LOG.log(Level.WARNING, "Notification " + message.id() + " (" + message.kind() + ") not sent: "
                        + e.getMessage() + "; it will be retried");
            }
        }
        return new DispatchReport(sent, failed);
    }

    @Override
    public int queueReminders() {
        return work.queueReminders();
    }
}
