package mx.gob.inm.citas.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows written before typed text refused control and direction characters still load: the day's agenda, the
 * accounts and the offices are not lost to one name someone once sent with a tab or an override in it.
 */
class TextStoredBeforeTheRuleTest {

    private final JpaTestDatabase db = JpaTestDatabase.emptied();
    private final Office cdmx = DomainFixtures.cdmx();

    @BeforeEach
    void mexico_city_and_its_procedure_exist() {
        db.inTransaction(() -> {
            new JpaOfficeRepository(db.em()).save(cdmx);
            new JpaProcedureRepository(db.em()).save(DomainFixtures.exchangeOfVisa());
            return null;
        });
    }

    @Test
    void an_appointment_whose_names_hold_a_tab_and_an_override_is_on_its_days_agenda_with_them_read_as_text() {
        Appointment held = DomainFixtures.hold(ConfirmationCode.random(new Random(7)).value(), "G1234567",
                Instant.parse("2026-11-27T15:00:00Z"));
        db.inTransaction(() -> {
            new JpaAppointmentRepository(db.em()).add(held);
            return null;
        });
        write("UPDATE appointment SET given_names = ?, surnames = ? WHERE code = ?", "Ana\tMaría\u0000",
                "\u202EPérez López", held.code().value());

        List<Appointment> day = db.inTransaction(() -> new JpaAppointmentRepository(db.em()).findStartingBetween(
                cdmx.id(), held.start(), held.start().plus(Duration.ofDays(1))));

        assertThat(day).singleElement().satisfies(a -> {
            assertThat(a.applicant().givenNames()).isEqualTo("Ana María");
            assertThat(a.applicant().surnames()).isEqualTo("Pérez López");
        });
    }

    @Test
    void an_account_and_an_office_with_a_line_break_stored_in_their_names_still_load() {
        db.inTransaction(() -> {
            new JpaStaffRepository(db.em()).add(StaffMember.create(Username.of("ana.lopez"), "Ana López",
                    StaffRole.STAFF, Set.of(cdmx.id()), "hash"));
            return null;
        });
        write("UPDATE staff_user SET display_name = ? WHERE username = ?", "Ana\r\nLópez", "ana.lopez");
        write("UPDATE office SET name = ? WHERE id = ?", "Oficina\u2028CDMX\u200F", cdmx.id().value());

        assertThat(db.inTransaction(() -> new JpaStaffRepository(db.em()).findAll()))
                .extracting(StaffMember::displayName).containsExactly("Ana  López");
        assertThat(db.inTransaction(() -> new JpaOfficeRepository(db.em()).findByIdAsStored(cdmx.id())))
                .get().extracting(Office::name).isEqualTo("Oficina CDMX");
    }

    private void write(String sql, String... values) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
