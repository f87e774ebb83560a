package mx.gob.inm.citas.application.port.in;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.Instant;
import mx.gob.inm.citas.domain.appointment.Applicant;

/**
 * A booking staff make for an applicant at the desk or on the phone: the same fields as a hold online, the
 * applicant's e-mail address optional.
 */
public record StaffBookingCommand(String officeId, String procedureCode, Instant start, Applicant applicant) {

    public StaffBookingCommand {
        requireText(officeId, "office", "The office");
        requireText(procedureCode, "procedureCode", "The procedure");
        requirePresent(start, "start", "The start");
        requirePresent(applicant, "internal", "The applicant");
    }
}
