package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: the count of places taken in each slot of an office. Taking a place is one atomic conditional step
 * in the store, so a slot never gives more places than it has, however many requests and instances race for it.
 */
public interface SlotLedger {

    /**
     * Takes one place of the slot for {@code holder} if fewer than {@code places} are taken; false when it is full.
     * The place is a numbered seat (1 to {@code places}) the store keeps unique per slot, a second guard that holds
     * even if the count were ever wrong.
     */
    boolean tryTake(OfficeId office, Instant slotStart, int places, ConfirmationCode holder);

    /** Gives back the place {@code holder} has in the slot. */
    void release(OfficeId office, Instant slotStart, ConfirmationCode holder);

    /** Taken places of the slots of {@code office} starting in [{@code from}, {@code to}). */
    TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to);
}
