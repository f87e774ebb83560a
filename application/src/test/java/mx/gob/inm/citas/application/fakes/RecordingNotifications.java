package mx.gob.inm.citas.application.fakes;

import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.Notifications;

/** Fake of {@link Notifications}: records what would have been sent, and can play a mail server that is down. */
public class RecordingNotifications implements Notifications {

    private final List<Notification> delivered = new ArrayList<>();
    private boolean down;

    public void serverDown(boolean down) {
        this.down = down;
    }

    @Override
    public synchronized void deliver(Notification notification) {
        if (down) {
            throw new IllegalStateException("Connection refused: the mail server is down");
        }
        delivered.add(notification);
    }

    public synchronized List<Notification> delivered() {
        return List.copyOf(delivered);
    }
}
