package mx.gob.inm.citas.application.service;

import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;

/** Reading a typed confirmation code; a malformed code finds nothing, like an unknown one. */
final class AppointmentLookup {

    private AppointmentLookup() {
    }

    static ConfirmationCode parse(String typed) {
        if (!ConfirmationCode.isWellFormed(typed)) {
            throw notFound();
        }
        return ConfirmationCode.parse(typed);
    }

    static AppointmentNotFoundException notFound() {
        return new AppointmentNotFoundException();
    }
}
