package mx.gob.inm.citas.application.port.out;

/**
 * Out-port: writes the proof of an appointment, a printable PDF the applicant brings or shows on a phone: who,
 * where, when in the office's zone, what to bring, and the confirmation code as text and as a QR code that staff
 * scan at check-in.
 */
public interface AppointmentProofs {

    /** The PDF's bytes for the appointment the notification describes. */
    byte[] proofOf(Notification appointment);
}
