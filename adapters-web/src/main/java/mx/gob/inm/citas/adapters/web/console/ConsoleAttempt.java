package mx.gob.inm.citas.adapters.web.console;

import java.util.Map;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * Runs a console use case and turns its refusals into page messages ({@link ConsoleRefusal}) in the page's language:
 * no access to the office, a role that only reads it, someone else's change in between (reload and redo), an
 * appointment step the rules refuse, or the rule the request broke, beside the field it is about when the page says
 * which field that is.
 */
final class ConsoleAttempt {

    private ConsoleAttempt() {
    }

    /**
     * True when {@code call} went through; otherwise the refusal is a global page message and, for an office
     * the member may not read, {@code onDenied} runs so the page shows nothing of it.
     */
    static boolean attempt(Runnable call, String office, Runnable onDenied) {
        return attempt(call, office, onDenied, Map.of());
    }

    /**
     * As {@link #attempt(Runnable, String, Runnable)}, with the message beside the component whose client id
     * {@code fields} gives for the refusal's {@link DomainException#subject() subject} (such as {@code officeId} to
     * {@code offices:id}); the component is marked invalid, so the page's focus goes to it. A refusal about no
     * field of the form stays at the top of the page.
     */
    static boolean attempt(Runnable call, String office, Runnable onDenied, Map<String, String> fields) {
        try {
            call.run();
            return true;
        } catch (DomainException e) {
            ConsoleRefusal refusal = ConsoleRefusal.of(e, office);
            if (refusal.hidesOffice()) {
                onDenied.run();
            }
            Texts.errorText(refusal.hidesOffice() ? null : fields.get(e.subject()), refusal.text(Texts.locale()));
        }
        return false;
    }
}
