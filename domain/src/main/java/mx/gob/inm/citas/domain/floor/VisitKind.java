package mx.gob.inm.citas.domain.floor;

/** How a person came to be in the queue. */
public enum VisitKind {
    /** An appointment booked beforehand, queued when its holder checked in. */
    APPOINTMENT,
    /** A walk-in token (ficha) issued at the door that day. */
    WALK_IN
}
