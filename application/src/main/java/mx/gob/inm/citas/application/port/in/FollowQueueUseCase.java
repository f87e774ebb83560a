package mx.gob.inm.citas.application.port.in;

/**
 * In-port, public: the office's call display and the status of one number today, for anyone in the waiting room.
 */
public interface FollowQueueUseCase {

    /** The latest {@code calls} calls of the office today, and how many wait. */
    CallBoard board(String officeId, int calls);

    /** The length of the office's visit log: a display reads the board again when it grew. */
    long boardPosition(String officeId);

    /** Where the visit numbered {@code number} (as typed: "a17" is A-017) stands today at the office. */
    QueueStatus status(String officeId, String number);
}
