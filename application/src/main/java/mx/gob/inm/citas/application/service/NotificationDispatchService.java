package mx.gob.inm.citas.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    /** A round keeps claiming batches while they come back full, up to this many, so a storm drains quickly. */
    static final int MAX_BATCHES_PER_ROUND = 20;

    @Override
    public DispatchReport dispatchDue() {
        int sent = 0;
        int failed = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            List<OutboxMessage> claimed = work.claimDue();
            DispatchReport round = send(claimed);
            sent += round.sent();
            failed += round.failed();
            if (claimed.size() < OutboxWork.BATCH || round.failed() > 0) {
                break;
            }
        }
        return new DispatchReport(sent, failed);
    }

    private DispatchReport send(List<OutboxMessage> claimed) {
        int sent = 0;
        int failed = 0;
        for (OutboxMessage message : claimed) {
            try {
                Optional<Notification> notification = work.contentOf(message);
                if (notification.isPresent()) {
                    notifications.deliver(notification.get());
                    sent++;
                } else {
                    LOG.fine(() -> "Notification " + message.id() + " (" + message.kind() + ") no longer applies");
                }
                // settled either way: sent, or obsolete and never to be sent
                work.sent(message);
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
    public int queueReminders(String instance, Duration leaseFor) {
        return work.queueReminders(instance, leaseFor);
    }
}
