package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.util.Optional;
import mx.gob.inm.citas.domain.appointment.Appointment;

/**
 * In-port: what an applicant does with an appointment, proven by its code and the passport number. A wrong
 * passport and an unknown code look the same: {@link mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException}.
 */
public interface ManageAppointmentUseCase {

    Appointment find(String confirmationCode, String passportNumber);

    /** Cancels, gives the place back and tells the applicant. */
    Appointment cancel(String confirmationCode, String passportNumber);

    /** Moves to another slot: the new place is taken before the old one is freed; on any refusal nothing changes. */
    Appointment move(String confirmationCode, String passportNumber, Instant newStart);

    /**
     * The appointment as an iCalendar file to download (same UID as the e-mailed invitation).
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException unless it is confirmed
     */
    String calendarFile(String confirmationCode, String passportNumber);

    /**
     * The proof of the appointment as a PDF to download or print, with the code as a QR code.
     *
     * @throws mx.gob.inm.citas.domain.appointment.AppointmentRefusedException unless it is confirmed
     */
    byte[] proofFile(String confirmationCode, String passportNumber);

    /**
     * Until when an appointment starting at {@code start} can be cancelled or moved online, asked now; empty once
     * that moment has passed (the page then offers neither and says so, the booking step says it before the hold).
     */
    Optional<Instant> changeDeadline(Instant start);
}
