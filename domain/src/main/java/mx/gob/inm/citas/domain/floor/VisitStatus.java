package mx.gob.inm.citas.domain.floor;

/** Where a visit is on the floor; see {@link Visit}. */
public enum VisitStatus {
    /** In the queue, not yet called (again, after a transfer). */
    WAITING,
    /** Called to a window; the person is on their way (recalled up to three times). */
    CALLED,
    /** At the window, being served. */
    SERVING,
    /** Served: the visit is over. */
    FINISHED,
    /** Called and not seen at the window. */
    NO_SHOW,
    /** Taken out of the queue before being called (a check-in undone). */
    WITHDRAWN;

    /** Whether the visit is still on the floor: waiting, called or at a window. */
    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == SERVING;
    }
}
