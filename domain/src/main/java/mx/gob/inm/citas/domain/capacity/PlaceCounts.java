package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Collection;
import java.util.Optional;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Places offered, booked (taken by a hold or a confirmed appointment) and free over a set of slots. Where slots are
 * shared by several procedures, the figures for one procedure are those of the slots that serve it: a place another
 * procedure took there is a place this one can no longer have.
 */
public record PlaceCounts(long offered, long booked, long free) {

    public static final PlaceCounts NONE = new PlaceCounts(0, 0, 0);

    public PlaceCounts {
        require(offered >= 0 && booked >= 0 && free >= 0 && free <= offered, "Places do not add up");
    }

    /** The counts over those of {@code slots} that serve {@code procedure} (any, when empty). */
    public static PlaceCounts over(Collection<OfferedSlot> slots, TakenPlaces taken,
            Optional<ProcedureCode> procedure) {
        long offered = 0;
        long booked = 0;
        long free = 0;
        for (OfferedSlot slot : slots) {
            if (slot.serves(procedure)) {
                offered += slot.places();
                booked += slot.taken(taken);
                free += slot.free(taken);
            }
        }
        return new PlaceCounts(offered, booked, free);
    }

    public PlaceCounts plus(PlaceCounts other) {
        return new PlaceCounts(offered + other.offered, booked + other.booked, free + other.free);
    }

    public Utilisation utilisation() {
        return new Utilisation(booked, offered);
    }
}
