package mx.gob.inm.citas.adapters.web.pages;

import java.util.Locale;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
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

    static boolean is(DomainException refusal, AppointmentRefusedException.Reason reason) {
        return refusal instanceof AppointmentRefusedException refused && refused.reason() == reason;
    }
}
