package mx.gob.inm.citas.adapters.web.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.availability.Availability;
import mx.gob.inm.citas.domain.availability.DayAvailability;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.shared.Language;

/** The JSON shapes of API v1. External clients rely on these member names: change them only in a new version. */
public final class ApiJson {

    private ApiJson() {
    }

    /** An office open to the public. */
    public record OfficeJson(String id, String name, String state, String city, String address, String timeZone) {

        static OfficeJson of(Office office) {
            return new OfficeJson(office.id().value(), office.name(), office.state().name(), office.city(),
                    office.address(), office.timeZone().getId());
        }
    }

    /** A procedure in the applicant's language, with the documents to bring. */
    public record ProcedureJson(String code, String name, long durationMinutes, boolean bookableOnline,
            List<String> requirements) {

        static ProcedureJson of(Procedure procedure, Language language) {
            return new ProcedureJson(procedure.code().value(), procedure.name().in(language),
                    procedure.duration().toMinutes(), procedure.isBookableOnline(),
                    procedure.requirements().stream().map(r -> r.in(language)).toList());
        }
    }

    /** Free places of a procedure at an office; each start carries the office's UTC offset. */
    public record AvailabilityJson(String officeId, String procedure, String timeZone, List<DayJson> days) {

        static AvailabilityJson of(Availability availability) {
            return new AvailabilityJson(availability.office().value(), availability.procedure().value(),
                    availability.timeZone().getId(), availability.days().stream().map(DayJson::of).toList());
        }
    }

    public record DayJson(String date, List<SlotJson> slots) {

        static DayJson of(DayAvailability day) {
            return new DayJson(day.date().toString(), day.slots().stream().map(SlotJson::of).toList());
        }
    }

    /** An appointment as its applicant sees it; times carry the office's UTC offset. */
    public record AppointmentJson(String confirmationCode, String status, String officeId, String procedure,
            String start, String end, String timeZone, String holdExpiresAt, ApplicantJson applicant) {

        static AppointmentJson of(Appointment appointment, ZoneId zone) {
            boolean pending = appointment.status() == AppointmentStatus.PENDING_VERIFICATION;
            return new AppointmentJson(appointment.code().value(), appointment.status().name(),
                    appointment.office().value(), appointment.procedure().value(), format(appointment.start(), zone),
                    format(appointment.end(), zone), zone.getId(),
                    pending ? format(appointment.holdExpiresAt(), zone) : null, ApplicantJson.of(appointment));
        }

        private static String format(Instant instant, ZoneId zone) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
    }

    /** Who the appointment is for (never the passport number, which proves access). */
    public record ApplicantJson(String givenNames, String surnames, String email, String language) {

        static ApplicantJson of(Appointment appointment) {
            return new ApplicantJson(appointment.applicant().givenNames(), appointment.applicant().surnames(),
                    appointment.applicant().email().map(EmailAddress::value).orElse(null),
                    appointment.applicant().language().tag());
        }
    }

    public record SlotJson(String start, int remaining) {

        static SlotJson of(FreeSlot slot) {
            return new SlotJson(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.start()), slot.remaining());
        }
    }
}
