package mx.gob.inm.citas.adapters.web.pages;

import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.availability.InvalidDateRangeException;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.shared.DomainException;

/** The page text that explains a refusal of the domain to an applicant. */
final class Refusals {

    private Refusals() {
    }

    static String key(DomainException refusal) {
        if (refusal instanceof AppointmentRefusedException refused) {
            return "refusal." + refused.reason().name();
        }
        if (refusal instanceof AppointmentNotFoundException) {
            return "refusal.NOT_FOUND";
        }
        if (refusal instanceof OfficeNotFoundException) {
            return "refusal.OFFICE";
        }
        if (refusal instanceof ProcedureNotFoundException || refusal instanceof ProcedureNotOfferedException
                || refusal instanceof ProcedureNotBookableOnlineException) {
            return "refusal.PROCEDURE";
        }
        if (refusal instanceof InvalidDateRangeException) {
            return "refusal.DATES";
        }
        return "refusal.OTHER";
    }

    static boolean is(DomainException refusal, AppointmentRefusedException.Reason reason) {
        return refusal instanceof AppointmentRefusedException refused && refused.reason() == reason;
    }
}
