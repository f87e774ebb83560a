package mx.gob.inm.citas.adapters.web.console;

import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * Runs a console use case and turns its refusals into page messages ({@link ConsoleRefusal}): no access to the
 * office, a role that only reads it, someone else's change in between (reload and redo), an appointment step the
 * rules refuse, or the rule the request broke in the use case's own words.
 */
final class ConsoleAttempt {

    private ConsoleAttempt() {
    }

    /**
     * True when {@code call} went through; otherwise the refusal is a global page message and, for an office
     * the member may not read, {@code onDenied} runs so the page shows nothing of it.
     */
    static boolean attempt(Runnable call, String office, Runnable onDenied) {
        try {
            call.run();
            return true;
        } catch (DomainException e) {
            ConsoleRefusal refusal = ConsoleRefusal.of(e, office);
            if (refusal.hidesOffice()) {
                onDenied.run();
            }
            Texts.error(null, refusal.key(), refusal.arguments().toArray());
        }
        return false;
    }
}
