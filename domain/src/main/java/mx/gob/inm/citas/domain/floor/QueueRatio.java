package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

/**
 * How appointments and walk-in tokens take turns at the windows when both wait: {@code appointments} of the first
 * for each {@code walkIns} of the second (2 : 1 by default), so that neither group starves.
 */
public record QueueRatio(int appointments, int walkIns) {

    public static final QueueRatio DEFAULT = new QueueRatio(2, 1);

    public QueueRatio {
        require(appointments >= 1 && appointments <= 20 && walkIns >= 1 && walkIns <= 20, "queueRatio.outOfRange",
                "Each side of the ratio is a whole number from 1 to 20");
    }

    @Override
    public String toString() {
        return appointments + ":" + walkIns;
    }
}
