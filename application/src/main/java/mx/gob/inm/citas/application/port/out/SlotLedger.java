package mx.gob.inm.citas.application.port.out;

import java.time.Instant;
import mx.gob.inm.citas.domain.availability.TakenPlaces;
import mx.gob.inm.citas.domain.office.OfficeId;

/** Out-port: the count of places already taken in each slot of an office. */
public interface SlotLedger {

    /** Taken places of the slots of {@code office} starting in [{@code from}, {@code to}). */
    TakenPlaces takenPlaces(OfficeId office, Instant from, Instant to);
}
