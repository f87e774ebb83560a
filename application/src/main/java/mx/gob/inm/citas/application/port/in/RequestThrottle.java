package mx.gob.inm.citas.application.port.in;

/**
 * In-port: what one client may ask for in a while. The edges (API, pages, console sign-in) ask before they act;
 * each method throws {@link TooManyRequestsException} when the client's allowance is used up, and counts the
 * request otherwise. The per-e-mail-address limit on holds is the booking use case's own.
 */
public interface RequestThrottle {

    /**
     * A hold attempt from {@code client} (in {@code network}, wider) with {@code passport}: counted for the client,
     * for its network, and for the passport as held from that client (so that nobody can use up a stranger's
     * passport allowance from elsewhere: its owner, on their own connection, still holds); {@link #holdRefused}
     * gives them back when the hold was refused.
     */
    void hold(String client, String network, String passport);

    /** The hold counted by {@link #hold} was refused (full slot, invalid field): it does not count. */
    void holdRefused(String client, String network, String passport);

    void verification(String client);

    /** Opening, cancelling or moving an appointment by code and passport. */
    void lookup(String client);

    void resend(String client);

    void challenge(String client);

    /**
     * A console sign-in attempt, counted for the client and for the username typed from that client (a guessing
     * run elsewhere cannot lock an account out of its owner's office); {@link #signedIn} gives both back.
     */
    void signIn(String client, String username);

    /** The attempt counted by {@link #signIn} succeeded: only failed attempts count. */
    void signedIn(String client, String username);
}
