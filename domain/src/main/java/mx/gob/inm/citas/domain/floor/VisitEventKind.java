package mx.gob.inm.citas.domain.floor;

/** The steps of a visit recorded in the office's visit log. */
public enum VisitEventKind {
    ISSUED,
    CHECKED_IN,
    CALLED,
    RECALLED,
    STARTED,
    FINISHED,
    NO_SHOW,
    TRANSFERRED,
    WITHDRAWN,
    REJOINED
}
