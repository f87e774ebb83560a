package mx.gob.inm.citas.domain.capacity;

/** A supervisor's traffic light for an office (see {@link CapacityAlertPolicy}). */
public enum CapacityAlert {
    GREEN,
    AMBER,
    RED
}
