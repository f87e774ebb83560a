package mx.gob.inm.citas.application.port.out;

/**
 * Out-port: the secret that signs the verification mail's confirm links. One for every instance sharing the
 * database, created at random the first time it is asked for and kept across restarts, so a link mailed by one
 * instance opens on another and after a restart.
 */
public interface LinkSecret {

    /** The secret's bytes (at least 32); the same on every call and every instance. */
    byte[] secret();
}
