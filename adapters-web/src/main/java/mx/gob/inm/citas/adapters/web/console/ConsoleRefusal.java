package mx.gob.inm.citas.adapters.web.console;

import java.util.List;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.shared.DomainException;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.UnsafeTextException;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;

/**
 * What a console page says about a use case's refusal: the message key and its arguments, and whether the page
 * must stop showing the office ({@code hidesOffice}: the member may not read it). A supervisor refused a change
 * hears that the role only reads the office, and the page keeps what it shows.
 */
record ConsoleRefusal(String key, List<Object> arguments, boolean hidesOffice) {

    ConsoleRefusal {
        arguments = List.copyOf(arguments);
    }

    /** The refusal of {@code failure}, for a page about {@code office} (null: a page about no one office). */
    static ConsoleRefusal of(DomainException failure, String office) {
        if (failure instanceof OfficeAccessDeniedException denied) {
            return switch (denied.reason()) {
                case READ_ONLY -> new ConsoleRefusal("console.refused.readOnly", List.of(), false);
                case ADMIN_ONLY -> new ConsoleRefusal("console.refused.adminOnly", List.of(), true);
                case NOT_THEIR_OFFICE -> new ConsoleRefusal("console.refused.office",
                        List.of(denied.office().map(OfficeId::value).orElse(office == null ? "" : office)), true);
            };
        }
        if (failure instanceof OfficeNotFoundException) {
            return office == null ? new ConsoleRefusal("console.refused.adminOnly", List.of(), true)
                    : new ConsoleRefusal("console.refused.office", List.of(office), true);
        }
        if (failure instanceof EditConflictException) {
            return new ConsoleRefusal("console.conflict", List.of(), false);
        }
        if (failure instanceof UnsafeTextException unsafe) {
            return new ConsoleRefusal("text.unsafe." + unsafe.reason().name(), List.of(unsafe.character()), false);
        }
        if (failure instanceof AppointmentNotFoundException) {
            return new ConsoleRefusal("console.refused.notFound", List.of(), false);
        }
        if (failure instanceof AppointmentRefusedException refused) {
            return new ConsoleRefusal("console.refused." + refused.reason().name(), List.of(), false);
        }
        return new ConsoleRefusal("console.refused.other", List.of(failure.getMessage()), false);
    }
}
