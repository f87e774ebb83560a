package mx.gob.inm.citas.application.port.out;

/** Out-port: sends applicant notifications. */
public interface Notifications {

    /**
     * Delivers one notification; throws when it could not be handed over (it will be retried with the same
     * message id).
     */
    void deliver(Notification notification);
}
