package mx.gob.inm.citas.domain.floor;

/**
 * Who the law puts first in the queue: older adults, pregnant women and people with disabilities are called before
 * everyone else the window may serve, whatever their kind of visit.
 */
public enum Priority {
    NONE,
    OLDER_ADULT,
    PREGNANT,
    DISABILITY;

    public boolean isPriority() {
        return this != NONE;
    }
}
