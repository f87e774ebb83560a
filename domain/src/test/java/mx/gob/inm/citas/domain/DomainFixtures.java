package mx.gob.inm.citas.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.office.State;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.shared.LocalizedText;

/** Ready-made domain objects for tests of every module (shipped in the domain's test-jar). */
public final class DomainFixtures {

    public static final ProcedureCode CANJE_RT = new ProcedureCode("CANJE-RT");
    public static final ProcedureCode RENOV_RT = new ProcedureCode("RENOV-RT");
    public static final ProcedureCode REGULARIZ_VENCIDO = new ProcedureCode("REGULARIZ-VENCIDO");
    /** Valid confirmation codes (their check characters are right), for tests that need fixed ones. */
    public static final String CODE_1 = ConfirmationCode.random(new java.util.Random(1)).value();
    public static final String CODE_2 = ConfirmationCode.random(new java.util.Random(2)).value();
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private DomainFixtures() {
    }

    public static Office cdmx() {
        return office("cdmx-ciudad-de-mexico", "Ciudad de México", "CDMX", "Ciudad de México",
                "America/Mexico_City");
    }

    public static Office tijuana() {
        return office("bc-tijuana", "Tijuana", "BC", "Baja California", "America/Tijuana");
    }

    public static Office cancun() {
        return office("qroo-cancun", "Cancún", "QROO", "Quintana Roo", "America/Cancun");
    }

    public static Office office(String id, String city, String stateCode, String stateName, String zone) {
        return Office.create(new OfficeId(id), "Oficina de Representación " + city, new State(stateCode, stateName),
                city, "Av. Principal 100, Centro, " + city, ZoneId.of(zone));
    }

    public static Procedure exchangeOfVisa() {
        return procedure(CANJE_RT, true);
    }

    public static Procedure renewal() {
        return procedure(RENOV_RT, true);
    }

    public static Procedure inPersonOnly() {
        return procedure(REGULARIZ_VENCIDO, false);
    }

    public static Procedure procedure(ProcedureCode code, boolean bookableOnline) {
        return Procedure.create(code, new LocalizedText("Trámite " + code, "Procedure " + code),
                Duration.ofMinutes(30),
                List.of(new LocalizedText("Pasaporte vigente", "Valid passport"),
                        new LocalizedText("Comprobante de pago", "Proof of payment")),
                bookableOnline);
    }

    public static Applicant applicant(String passport) {
        return new Applicant("Ana María", "Pérez López", new Nationality("GTM"), new PassportNumber(passport),
                LocalDate.of(1990, 5, 17), new EmailAddress("ana." + passport.toLowerCase() + "@ejemplo.mx"),
                Optional.of("+52 55 1234 5678"), Language.SPANISH);
    }

    /** A walk-up applicant staff book for at the desk: no e-mail address. */
    public static Applicant applicantWithoutEmail(String passport) {
        return new Applicant("Ana María", "Pérez López", new Nationality("GTM"), new PassportNumber(passport),
                LocalDate.of(1990, 5, 17), Optional.empty(), Optional.empty(), Language.SPANISH);
    }

    /** A hold on the 09:00 slot of Monday 30 November 2026 in Mexico City, made at {@code now}. */
    public static Appointment hold(String code, String passport, Instant now) {
        return Appointment.hold(new ConfirmationCode(code), cdmx().id(), CANJE_RT, applicant(passport),
                Instant.parse("2026-11-30T15:00:00Z"), Duration.ofMinutes(30), "123456", now, Duration.ofMinutes(15));
    }

    /** Monday to Friday 09:00–14:30 in 30-minute slots, {@code places} each, for the given procedures. */
    public static WeeklySchedule weekdays(Office office, int places, ProcedureCode... procedures) {
        return new WeeklySchedule(office.id(), WEEKDAYS.stream()
                .map(day -> new OpeningPeriod(day, TimeRange.of("09:00", "14:30"), Duration.ofMinutes(30), places,
                        Set.of(procedures)))
                .toList());
    }
}
