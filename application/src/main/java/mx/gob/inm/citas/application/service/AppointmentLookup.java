package mx.gob.inm.citas.application.service;

import mx.gob.inm.citas.domain.appointment.Appointment;
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

    /**
     * Whether {@code typed} opens the appointment: its passport, and only while the appointment still knows whose it
     * is (an anonymised one's placeholder passport opens nothing).
     */
    static boolean opensWith(Appointment appointment, String typed) {
        return !appointment.isAnonymised() && appointment.applicant().passport().sameAs(typed);
    }

    static AppointmentNotFoundException notFound() {
        return new AppointmentNotFoundException();
    }
}
