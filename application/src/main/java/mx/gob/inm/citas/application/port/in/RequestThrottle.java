package mx.gob.inm.citas.application.port.in;

/**
 * In-port: what one client may ask for in a while. The edges (API, pages, console sign-in) ask before they act;
 * each method throws {@link TooManyRequestsException} when the client's allowance is used up, and counts the
 * request otherwise. The per-passport and per-address limits on holds are the booking use case's own.
 */
public interface RequestThrottle {

    /** A hold attempt from {@code client}; {@link #holdRefused} gives it back when the hold was refused. */
    void hold(String client);

    /** The hold counted by {@link #hold} was refused (full slot, invalid field): it does not count. */
    void holdRefused(String client);

    void verification(String client);

    /** Opening, cancelling or moving an appointment by code and passport. */
    void lookup(String client);

    void resend(String client);

    void challenge(String client);

    /** A console sign-in attempt, counted for the client and for the username typed. */
    void signIn(String client, String username);
}
