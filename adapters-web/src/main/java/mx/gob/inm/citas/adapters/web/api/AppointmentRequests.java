package mx.gob.inm.citas.adapters.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * The JSON bodies the appointments API accepts. Plain fields, so that any JSON binds and every check happens in
 * one place ({@link #command}), where each failing field is named.
 */
public final class AppointmentRequests {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-");

    private AppointmentRequests() {
    }

    /** {@code POST /appointments}. */
    public static class HoldRequest {
        public String officeId;
        public String procedure;
        public String start;
        public ApplicantRequest applicant;
        public String language;
    }

    /** The applicant inside a {@link HoldRequest}. */
    public static class ApplicantRequest {
        public String givenNames;
        public String surnames;
        public String nationality;
        public String passportNumber;
        public String dateOfBirth;
        public String email;
        public String phone;
    }

    /** {@code POST /appointments/{code}/verification}. */
    public static class VerificationRequest {
        public String code;
    }

    /** {@code PATCH /appointments/{code}}. */
    public static class MoveRequest {
        public String start;
    }

    static HoldAppointmentCommand command(HoldRequest body, Language fallback) {
        FieldReader fields = new FieldReader();
        if (body == null) {
            fields.fail("body", "request.body", "is required: send the appointment as JSON");
            fields.done();
        }
        String officeId = fields.read("officeId", body.officeId, s -> s);
        String procedure = fields.read("procedure", body.procedure, s -> s);
        Instant start = fields.read("start", body.start, AppointmentRequests::instant);
        Language language = body.language == null || body.language.isBlank() ? fallback
                : fields.read("language", body.language, tag -> Language.fromTag(tag).orElseThrow(
                        () -> new InvalidValueException("request.language", "must be es or en")));
        Applicant applicant = null;
        if (body.applicant == null) {
            fields.fail("applicant", "any.required", "is required");
        } else {
            ApplicantRequest a = body.applicant;
            String givenNames = fields.read("applicant.givenNames", a.givenNames, Applicant::givenNamesOf);
            String surnames = fields.read("applicant.surnames", a.surnames, Applicant::surnamesOf);
            Nationality nationality = fields.read("applicant.nationality", a.nationality, Nationality::new);
            PassportNumber passport = fields.read("applicant.passportNumber", a.passportNumber, PassportNumber::new);
            LocalDate dateOfBirth = fields.read("applicant.dateOfBirth", a.dateOfBirth, AppointmentRequests::date);
            // "before today" needs the office's own date: the booking asks it (see AppointmentsResource.hold)
            EmailAddress email = fields.read("applicant.email", a.email, EmailAddress::new);
            if (fields.isClean()) {
                try {
                    applicant = new Applicant(givenNames, surnames, nationality, passport, dateOfBirth, email,
                            Optional.ofNullable(a.phone), language);
                } catch (InvalidValueException e) {
                    fields.fail(fieldOf(e), e);
                }
            }
        }
        fields.done();
        return new HoldAppointmentCommand(officeId, procedure, start, applicant);
    }

    /** The request's field a refusal of the applicant is about, as the domain names its subject. */
    static String fieldOf(InvalidValueException refusal) {
        return switch (refusal.subject()) {
            case "phone" -> "applicant.phone";
            case "dateOfBirth" -> "applicant.dateOfBirth";
            default -> "applicant";
        };
    }

    static Instant start(MoveRequest body) {
        FieldReader fields = new FieldReader();
        Instant start = fields.read("start", body == null ? null : body.start, AppointmentRequests::instant);
        fields.done();
        return start;
    }

    static String verificationCode(VerificationRequest body) {
        FieldReader fields = new FieldReader();
        String code = fields.read("code", body == null ? null : body.code, s -> {
            InvalidValueException.require(s.matches("[0-9]{6}"), "verificationCode.malformed",
                    "must be the 6 digits sent by e-mail");
            return s;
        });
        fields.done();
        return code;
    }

    private static Instant instant(String text) {
        try {
            // four-digit years only: ISO-8601 also allows '+999999999-12-31T…', which no calendar here can hold
            if (!FOUR_DIGIT_YEAR.matcher(text).lookingAt()) {
                throw new DateTimeParseException("year", text, 0);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("request.dateTime", "must be an ISO-8601 date-time with its UTC offset,"
                    + " such as 2026-12-01T09:00:00-06:00");
        }
    }

    private static LocalDate date(String text) {
        try {
            if (!FOUR_DIGIT_YEAR.matcher(text).lookingAt()) {
                throw new DateTimeParseException("year", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("request.date", "must be a date written YYYY-MM-DD");
        }
    }
}
