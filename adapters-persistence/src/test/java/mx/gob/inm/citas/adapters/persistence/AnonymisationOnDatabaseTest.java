package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import mx.gob.inm.citas.application.port.in.AnonymisePersonalDataUseCase;
import mx.gob.inm.citas.application.service.AnonymisePersonalDataService;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.RetentionPolicy;
import mx.gob.inm.citas.domain.office.Office;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Old appointments anonymised through the real service on the real database engine: every personal column is
 * gone from the row, every column the offices' figures count is as it was.
 */
class AnonymisationOnDatabaseTest {

    private static final String PERSONAL = "given_names, surnames, passport_number, date_of_birth, email, phone";
    private static final String FIGURES = "code, office_id, procedure_code, slot_start, duration_minutes, status,"
            + " nationality, language, created_at";
    /** The fixture holds start on Monday 30 November 2026, 09:00 in Mexico City; a year and a day later. */
    private static final Instant A_YEAR_LATER = Instant.parse("2027-12-01T15:00:00Z");
    /** The lease of a run every hour. */
    private static final Duration LEASE = Duration.ofHours(2);

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Office cdmx = DomainFixtures.cdmx();
    private final String code = ConfirmationCode.random(new Random(5)).value();

    @BeforeEach
    void a_confirmed_appointment_with_a_phone_and_an_expired_hold_are_stored() {
        Appointment confirmed = DomainFixtures.hold(code, "G1234567", Instant.parse("2026-11-27T15:00:00Z"));
        confirmed.verify("123456", Instant.parse("2026-11-27T15:01:00Z"), 5);
        Appointment expired = DomainFixtures.hold(ConfirmationCode.random(new Random(6)).value(), "G7654321",
                Instant.parse("2026-11-27T15:00:00Z"));
        expired.expireIfDue(expired.holdExpiresAt());
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(cdmx);
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            JpaAppointmentRepository appointments = new JpaAppointmentRepository(db.em());
            appointments.add(confirmed);
            appointments.add(expired);
            return null;
        });
    }

    @Test
    void an_anonymised_appointment_keeps_every_column_the_figures_count_and_loses_every_personal_one() {
        Map<String, Object> figuresBefore = row(FIGURES);
        Map<String, Object> personalBefore = row(PERSONAL);

        assertThat(db.inTransaction(() -> service(A_YEAR_LATER).anonymiseNextBatch("instance-a", LEASE))).isEqualTo(2);

        assertThat(row(FIGURES)).isEqualTo(figuresBefore);
        Map<String, Object> personal = row(PERSONAL);
        assertThat(personal.get("GIVEN_NAMES")).isEqualTo("—");
        assertThat(personal.get("SURNAMES")).isEqualTo("—");
        assertThat(personal.get("PASSPORT_NUMBER")).isEqualTo("ANON" + code);
        assertThat(String.valueOf(personal.get("DATE_OF_BIRTH"))).startsWith("1900-01-02");
        assertThat(personal.get("EMAIL")).isEqualTo("anonimizado@anonimizado.invalid");
        assertThat(personal.get("PHONE")).isNull();
        assertThat(personal).allSatisfy((column, value) -> assertThat(value).as(column)
                .isNotEqualTo(personalBefore.get(column)));
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE anonymised = 1")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE passport_number IN ('G1234567', 'G7654321')"
                + " OR active_key LIKE '%G1234567%' OR given_names LIKE '%Ana%' OR email LIKE '%ejemplo%'"))
                .isZero();
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE office_id = '" + cdmx.id().value()
                + "' AND status = 'CONFIRMED' AND nationality = 'GTM'")).as("the figures still count it").isEqualTo(1);
    }

    @Test
    void nothing_is_anonymised_before_its_time_nor_twice_nor_by_an_instance_that_does_not_hold_the_lease() {
        assertThat(db.inTransaction(() -> service(A_YEAR_LATER.minus(Duration.ofDays(2)))
                .anonymiseNextBatch("instance-a", LEASE))).as("a day short of a year").isZero();
        Instant aMinuteEarlier = A_YEAR_LATER.minus(Duration.ofMinutes(1));
        db.inTransaction(() -> new JpaJobLeases(db.em(), db.dataSource()).tryAcquire("anonymise-personal-data",
                "instance-a", aMinuteEarlier, LEASE));
        assertThat(db.inTransaction(() -> service(A_YEAR_LATER).anonymiseNextBatch("instance-b", LEASE)))
                .as("instance-a holds the lease").isZero();
        assertThat(db.count("SELECT COUNT(*) FROM appointment WHERE anonymised = 1")).isZero();

        assertThat(db.inTransaction(() -> service(A_YEAR_LATER).anonymiseNextBatch("instance-a", LEASE))).isEqualTo(2);
        assertThat(db.inTransaction(() -> service(A_YEAR_LATER).anonymiseNextBatch("instance-a", LEASE))).isZero();
    }

    @Test
    void the_schema_refuses_a_row_marked_anonymised_that_still_holds_personal_data() {
        assertThatThrownBy(() -> db.execute("UPDATE appointment SET anonymised = 1 WHERE code = '" + code + "'"))
                .rootCause().hasMessageContaining("CK_APPOINTMENT_ANONYMISED_DATA");
        db.inTransaction(() -> service(A_YEAR_LATER).anonymiseNextBatch("instance-a", LEASE));
        assertThatThrownBy(() -> db.execute("UPDATE appointment SET phone = '+52 55 1234 5678' WHERE code = '"
                + code + "'")).rootCause().hasMessageContaining("CK_APPOINTMENT_ANONYMISED_DATA");
    }

    private AnonymisePersonalDataUseCase service(Instant now) {
        return new AnonymisePersonalDataService(new JpaAppointmentRepository(db.em()),
                new JpaJobLeases(db.em(), db.dataSource()), new JpaVisitRepository(db.em(), db.dataSource()),
                new RetentionPolicy(365), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The columns of the confirmed appointment's row, by name, as the database holds them. */
    private Map<String, Object> row(String columns) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + columns + " FROM appointment WHERE code = '" + code + "'")) {
            assertThat(r.next()).isTrue();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                row.put(r.getMetaData().getColumnLabel(i).toUpperCase(), r.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(columns, e);
        }
    }
}
