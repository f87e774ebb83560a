package mx.gob.inm.citas.application.port.in;

import java.util.List;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * In-port: makes the slots of the booking window ready for their holds before the holds come, so that a release of
 * places does not also create the ledger of every slot in the requests of its first applicants. Every instance may
 * run it at any time: opening a slot twice changes nothing.
 */
public interface OpenSlotsAheadUseCase {

    /** The offices whose slots are opened: the active ones. */
    List<OfficeId> offices();

    /**
     * Opens every slot of the office's week on the days a hold may book now (each committed at once, whatever
     * becomes of the caller); returns how many slots the window holds.
     */
    int open(OfficeId office);
}
