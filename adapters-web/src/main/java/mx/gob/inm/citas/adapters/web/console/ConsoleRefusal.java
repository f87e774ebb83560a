package mx.gob.inm.citas.adapters.web.console;

import java.util.List;
import java.util.Locale;
import mx.gob.inm.citas.adapters.web.refusals.RefusalMessages;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * What a console page says about a use case's refusal: the refusal's code and arguments (said by the one translator,
 * {@link RefusalMessages}), and whether the page must stop showing the office ({@code hidesOffice}: the member may
 * not read it). A supervisor refused a change hears that the role only reads the office, and the page keeps what it
 * shows; an office that does not exist is told like one the member may not read, so nobody learns which exist.
 */
record ConsoleRefusal(String code, List<Object> arguments, boolean hidesOffice) {

    ConsoleRefusal {
        arguments = List.copyOf(arguments);
    }

    /** The refusal of {@code failure}, for a page about {@code office} (null: a page about no one office). */
    static ConsoleRefusal of(DomainException failure, String office) {
        if (failure instanceof OfficeAccessDeniedException denied) {
            return switch (denied.reason()) {
                case READ_ONLY -> new ConsoleRefusal(failure.code(), List.of(), false);
                case ADMIN_ONLY -> new ConsoleRefusal(failure.code(), List.of(), true);
                case NOT_THEIR_OFFICE -> new ConsoleRefusal(failure.code(),
                        List.of(denied.office().map(OfficeId::value).orElse(office == null ? "" : office)), true);
            };
        }
        if (failure instanceof OfficeNotFoundException) {
            return office == null ? new ConsoleRefusal(ADMIN_ONLY, List.of(), true)
                    : new ConsoleRefusal(NOT_THEIR_OFFICE, List.of(office), true);
        }
        return new ConsoleRefusal(failure.code(), failure.arguments(), false);
    }

    private static final String ADMIN_ONLY = "access." + OfficeAccessDeniedException.Reason.ADMIN_ONLY.name();
    private static final String NOT_THEIR_OFFICE = "access."
            + OfficeAccessDeniedException.Reason.NOT_THEIR_OFFICE.name();

    /** The refusal in {@code locale}'s language, in the console's words. */
    String text(Locale locale) {
        return RefusalMessages.forConsole(code, arguments, locale);
    }
}
