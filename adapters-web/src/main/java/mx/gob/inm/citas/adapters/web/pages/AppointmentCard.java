package mx.gob.inm.citas.adapters.web.pages;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;

/** An appointment as the confirmation and manage pages show it: the office's local date and time, zone named. */
public record AppointmentCard(String code, String status, String officeName, String officeAddress, String date,
        String time, String zone, String procedureName, List<String> requirements) implements Serializable {

    static AppointmentCard of(Appointment appointment, Office office, Procedure procedure, Language language) {
        ZonedDateTime start = appointment.start().atZone(office.timeZone());
        return new AppointmentCard(appointment.code().value(), appointment.status().name(), office.name(),
                office.address(), Texts.date(start), Texts.time(start), Texts.zone(office.timeZone()),
                procedure.name().in(language), procedure.requirements().stream().map(r -> r.in(language)).toList());
    }

    public String getCode() {
        return code;
    }

    public String getStatus() {
        return status;
    }

    public String getOfficeName() {
        return officeName;
    }

    public String getOfficeAddress() {
        return officeAddress;
    }

    public String getDate() {
        return date;
    }

    public String getTime() {
        return time;
    }

    public String getZone() {
        return zone;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public List<String> getRequirements() {
        return requirements;
    }
}
