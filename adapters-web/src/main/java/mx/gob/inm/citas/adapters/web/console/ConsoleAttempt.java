package mx.gob.inm.citas.adapters.web.console;

import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * Runs a console use case and turns its refusals into page messages: no access to the office, someone else's
 * change in between (reload and redo), or the rule the request broke in the use case's own words.
 */
final class ConsoleAttempt {

    private ConsoleAttempt() {
    }

    /**
     * True when {@code call} went through; otherwise the refusal is a global page message and, for an office
     * the member may not reach, {@code onDenied} runs so the page shows nothing of it.
     */
    static boolean attempt(Runnable call, String office, Runnable onDenied) {
        try {
            call.run();
            return true;
        } catch (OfficeAccessDeniedException | OfficeNotFoundException e) {
            onDenied.run();
            Texts.error(null, office == null ? "console.refused.adminOnly" : "console.refused.office", office);
        } catch (EditConflictException e) {
            Texts.error(null, "console.conflict");
        } catch (UnsafeTextException e) {
            Texts.error(null, "text.unsafe." + e.reason().name(), e.character());
        } catch (DomainException e) {
            Texts.error(null, "console.refused.other", e.getMessage());
        }
        return false;
    }
}
