package mx.gob.inm.citas.application.port.in;

import mx.gob.inm.citas.domain.availability.Availability;

/** In-port: the free places of a procedure at an office, as the public calendar shows them. */
public interface FindAvailabilityUseCase {

    /**
     * @throws mx.gob.inm.citas.domain.office.OfficeNotFoundException for an unknown or inactive office
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException for a code not in the catalogue
     * @throws mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException for in-person procedures
     * @throws mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException when the office does not serve it
     * @throws mx.gob.inm.citas.domain.availability.InvalidDateRangeException for a reversed or too long range
     */
    Availability findAvailability(AvailabilityQuery query);
}
