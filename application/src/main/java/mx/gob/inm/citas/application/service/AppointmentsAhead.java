package mx.gob.inm.citas.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.inm.citas.application.port.out.AppointmentRepository;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.OfficeId;

/**
 * The holds and confirmed appointments of an office that have not started yet: those a change of the office's
 * time zone or week would move or drop. One that started already is the agenda's business.
 */
final class AppointmentsAhead {

    /** Far past the booking window (months), so that no appointment still to come is missed. */
    static final Duration HORIZON = Duration.ofDays(2 * 366);

    private AppointmentsAhead() {
    }

    /** By start, then confirmation code. */
    static List<Appointment> of(AppointmentRepository appointments, OfficeId office, Instant now) {
        return appointments.findStartingBetween(office, now, now.plus(HORIZON)).stream()
                .filter(a -> a.status().isActive()).toList();
    }
}
