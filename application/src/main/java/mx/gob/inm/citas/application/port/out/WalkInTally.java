package mx.gob.inm.citas.application.port.out;

import java.time.LocalDate;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * Out-port: how many walk-in tokens each pool of an office has given on a day. Issuing one is a single conditional
 * step in the store, in the caller's transaction: a pool never gives more than its quota, however many
 * receptionists press at once on however many instances.
 */
public interface WalkInTally {

    /** Counts one token of the pool {@code letter} if fewer than {@code quota} were given that day. */
    boolean tryIssue(OfficeId office, char letter, LocalDate day, int quota);

    /** The tokens of the pool given that day. */
    int issued(OfficeId office, char letter, LocalDate day);
}
