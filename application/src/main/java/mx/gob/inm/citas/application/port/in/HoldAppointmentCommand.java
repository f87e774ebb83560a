package mx.gob.inm.citas.application.port.in;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.Applicant;

/** Hold a place: who, for which procedure, at which office and start (an instant; the office's zone applies). */
public record HoldAppointmentCommand(String officeId, String procedureCode, Instant start, Applicant applicant) {

    public HoldAppointmentCommand {
        requireText(officeId, "officeId", "The office");
        requireText(procedureCode, "procedureCode", "The procedure");
        requirePresent(start, "slot", "The start");
        requirePresent(applicant, "internal", "The applicant");
    }
}
