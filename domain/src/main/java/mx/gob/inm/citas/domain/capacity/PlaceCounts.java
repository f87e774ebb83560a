package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * Places offered, booked and free over a set of slots. Booked: taken in the ledger, by a hold, a confirmed
 * appointment or one already served (a cancelled or expired one gave its place back). Free: places an applicant can
 * still book, so none in a slot past or inside the booking window's lead time; offered − booked − free are places
 * left empty for good. Where slots are shared by several procedures, the figures for one procedure are those of the
 * slots that serve it: a place another procedure took there is a place this one can no longer have.
 */
public record PlaceCounts(long offered, long booked, long free) {

    public static final PlaceCounts NONE = new PlaceCounts(0, 0, 0);

    public PlaceCounts {
        require(offered >= 0 && booked >= 0 && free >= 0 && free <= offered, "internal.places", "Places do not add up");
    }

    /**
     * The counts over those of {@code slots} that serve {@code procedure} (any, when empty), free places counted only
     * in the slots {@code bookable} admits.
     */
    public static PlaceCounts over(Collection<OfferedSlot> slots, TakenPlaces taken,
            Optional<ProcedureCode> procedure, Predicate<OfferedSlot> bookable) {
        long offered = 0;
        long booked = 0;
        long free = 0;
        for (OfferedSlot slot : slots) {
            if (slot.serves(procedure)) {
                offered += slot.places();
                booked += slot.taken(taken);
                free += bookable.test(slot) ? slot.free(taken) : 0;
            }
        }
        return new PlaceCounts(offered, booked, free);
    }

    /** The counts over slots that may all be booked. */
    public static PlaceCounts over(Collection<OfferedSlot> bookableSlots, TakenPlaces taken,
            Optional<ProcedureCode> procedure) {
        return over(bookableSlots, taken, procedure, slot -> true);
    }

    public PlaceCounts plus(PlaceCounts other) {
        return new PlaceCounts(offered + other.offered, booked + other.booked, free + other.free);
    }

    public Utilisation utilisation() {
        return new Utilisation(booked, offered);
    }
}
