package mx.gob.inm.citas.adapters.web.pages;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * An appointment as the confirmation and manage pages show it: the office's local date and time, zone named. The
 * texts are formatted when shown, in the page's language at that moment, so switching language changes them too.
 */
public record AppointmentCard(String code, String status, String officeName, String officeAddress,
        ZonedDateTime start, Map<Language, String> procedureNames, Map<Language, List<String>> requirementLists,
        ZonedDateTime changeDeadline) implements Serializable {

    /**
     * {@code changeDeadline}: until when it can be changed online (ChangePolicy.deadline, asked now), empty once
     * that has passed.
     */
    static AppointmentCard of(Appointment appointment, Office office, Procedure procedure,
            Optional<Instant> changeDeadline) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        Map<Language, List<String>> requirements = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, procedure.name().in(language));
            requirements.put(language, procedure.requirements().stream().map(r -> r.in(language)).toList());
        }
        return new AppointmentCard(appointment.code().value(), appointment.status().name(), office.name(),
                office.address(), appointment.start().atZone(office.timeZone()), names, requirements,
                changeDeadline.map(d -> d.atZone(office.timeZone())).orElse(null));
    }

    private static Language shown() {
        return Language.fromTag(Texts.locale().toLanguageTag()).orElse(Language.SPANISH);
    }

    /** Confirmed, not yet attended: arrive early, bring the documents. */
    public boolean isUpcoming() {
        return "CONFIRMED".equals(status) || "CHECKED_IN".equals(status);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** Confirmed and still outside the change cut-off. */
    public boolean isChangeableOnline() {
        return "CONFIRMED".equals(status) && changeDeadline != null;
    }

    /** "lunes, 30 de noviembre de 2026, 09:00 (hora del Centro)", or empty. */
    public String getChangeDeadlineText() {
        return changeDeadline == null ? "" : Texts.date(changeDeadline) + ", " + Texts.time(changeDeadline) + " ("
                + Texts.zoneName(changeDeadline.getZone()) + ")";
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
        return Texts.date(start);
    }

    public String getTime() {
        return Texts.time(start);
    }

    public String getZone() {
        return Texts.zoneName(start.getZone());
    }

    public String getProcedureName() {
        return procedureNames.get(shown());
    }

    public List<String> getRequirements() {
        return requirementLists.get(shown());
    }
}
