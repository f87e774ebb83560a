package mx.gob.inm.citas.adapters.web.pages;

import java.util.Locale;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.availability.InvalidDateRangeException;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.schedule.ProcedureNotOfferedException;
import mx.gob.inm.citas.domain.shared.DomainException;

/** The page text that explains a refusal of the domain to an applicant, said by {@link RefusalMessages}. */
final class Refusals {

    private Refusals() {
    }

    /** The refusal in the page's language, beside {@code clientId} (null: at the top of the page). */
    static void show(String clientId, DomainException refusal) {
        Texts.errorText(clientId, text(refusal));
    }

    /** The refusal in the page's language, with its arguments. */
    static String text(DomainException refusal) {
        return text(refusal, Texts.locale());
    }

    /** The refusal in {@code locale}'s language, for a page that knows its language without Faces' view root. */
    static String text(DomainException refusal, Locale locale) {
        return RefusalMessages.of(refusal, locale);
    }

    /**
     * A page message key for {@code refusal}, without its arguments.
     *
     * @deprecated say the refusal with {@link #show} or {@link #text}: one translator for every page
     */
    @Deprecated
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
