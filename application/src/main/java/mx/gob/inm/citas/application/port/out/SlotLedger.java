package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import java.util.Collection;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: the count of places taken in each slot of an office. Taking a place is one atomic conditional step
 * in the store, so a slot never gives more places than it has, however many requests and instances race for it.
 * Each slot also has a calendar version, moved on whenever a closure or a new week takes the slot away (or some of
 * its places or procedures): a place is taken only at the version read before the calendar was, so a hold that
 * read a calendar which changed meanwhile cannot land in a slot that is no longer open.
 */
public interface SlotLedger {

    /** What came of trying to take a place. */
    enum Taking {
        TAKEN,
        /** Every place is taken. */
        FULL,
        /** The slot was fenced since its calendar version was read: what was read of the calendar is stale. */
        CALENDAR_CHANGED
    }

    /**
     * The slot's calendar version as committed now; 0 for a slot the store has never seen. Read it before the
     * office's week and closures, and hand it to {@link #tryTake}.
     */
    long calendarVersion(OfficeId office, Instant slotStart);

    /**
     * Takes one place of the slot for {@code holder} if fewer than {@code places} are taken and the slot is still at
     * {@code calendarVersion}. The place is a numbered seat (1 to {@code places}) the store keeps unique per slot, a
     * second guard that holds even if the count were ever wrong.
     */
    Taking tryTake(OfficeId office, Instant slotStart, int places, long calendarVersion, ConfirmationCode holder);

    /**
     * Makes each slot ready for its holds ahead of them, outside the caller's transaction: a slot not opened is
     * opened by its first hold, at the cost of a second commit in that request. Changes no count or version.
     */
    void open(OfficeId office, Collection<Instant> slotStarts);

    /** Gives back the place {@code holder} has in the slot. */
    void release(OfficeId office, Instant slotStart, ConfirmationCode holder);

    /** Taken places of the slots of {@code office} starting in [{@code from}, {@code to}). */
    TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to);

    /**
     * Moves the calendar version of each slot on, in the caller's transaction, slots never seen included: from then
     * on no place is taken in them at a version read before. A place being taken in one of them meanwhile makes this
     * wait until that hold's transaction ends, so whatever the caller reads afterwards includes that hold.
     */
    void fence(OfficeId office, Collection<Instant> slotStarts);
}
