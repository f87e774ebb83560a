package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.DomainFixtures.CODE_1;
import static mx.gob.inm.citas.domain.DomainFixtures.CODE_2;
import static mx.gob.inm.citas.domain.DomainFixtures.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AnonymisationTest {

    private static final Instant BOOKED = Instant.parse("2026-11-27T15:00:00Z");
    /** The start of every fixture hold: Monday 30 November 2026, 09:00 in Mexico City. */
    private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");
    private static final RetentionPolicy A_YEAR = new RetentionPolicy(365);

    @Test
    void once_the_retention_period_has_passed_every_personal_field_is_forgotten_and_the_figures_stay() {
        Appointment appointment = confirmed(CODE_1, "G1234567");
        Applicant before = appointment.applicant();

        assertThat(appointment.anonymise(START.plus(Duration.ofDays(365)).plusSeconds(1), A_YEAR)).isTrue();

        Applicant after = appointment.applicant();
        assertThat(after.givenNames()).isEqualTo("—").isNotEqualTo(before.givenNames());
        assertThat(after.surnames()).isEqualTo("—");
        assertThat(after.fullName()).doesNotContain("Ana", "Pérez");
        assertThat(after.passport().value()).isEqualTo("ANON" + CODE_1).doesNotContain("1234567");
        assertThat(after.dateOfBirth()).isEqualTo(LocalDate.of(1900, 1, 2));
        assertThat(after.email().orElseThrow().value()).isEqualTo("anonimizado@anonimizado.invalid");
        assertThat(after.phone()).isEmpty();
        assertThat(after.nationality()).isEqualTo(before.nationality());
        assertThat(after.language()).isEqualTo(Language.SPANISH);
        assertThat(appointment.isAnonymised()).isTrue();
        assertThat(appointment.code().value()).isEqualTo(CODE_1);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(appointment.start()).isEqualTo(START);
    }

    @Test
    void personal_data_is_kept_until_the_retention_period_after_the_start_has_passed() {
        Appointment appointment = confirmed(CODE_1, "G1234567");

        assertThatThrownBy(() -> appointment.anonymise(START.plus(Duration.ofDays(365)), A_YEAR))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW))
                .hasMessage("An applicant's personal data is kept 365 days after the appointment");
        assertThat(appointment.isAnonymised()).isFalse();
        assertThat(appointment.applicant().passport().value()).isEqualTo("G1234567");
    }

    @Test
    void anonymising_again_changes_nothing() {
        Appointment appointment = confirmed(CODE_1, "G1234567");
        Instant later = START.plus(Duration.ofDays(400));
        appointment.anonymise(later, A_YEAR);
        Applicant once = appointment.applicant();

        assertThat(appointment.anonymise(later.plus(Duration.ofDays(1)), A_YEAR)).isFalse();
        assertThat(appointment.applicant()).isSameAs(once);
    }

    @Test
    void two_anonymised_appointments_still_active_never_share_the_one_active_appointment_key() {
        Appointment first = confirmed(CODE_1, "G1234567");
        Appointment second = confirmed(CODE_2, "G7654321");
        Instant later = START.plus(Duration.ofDays(400));

        first.anonymise(later, A_YEAR);
        second.anonymise(later, A_YEAR);

        assertThat(first.activeKey()).isPresent().isNotEqualTo(second.activeKey())
                .get().asString().doesNotContain("G1234567");
    }

    @Test
    void personal_data_is_kept_at_least_a_day() {
        assertThatThrownBy(() -> new RetentionPolicy(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least 1 day");
        assertThat(new RetentionPolicy(1).forgetStartedBefore(START)).isEqualTo(START.minus(Duration.ofHours(24)));
    }

    @Test
    void a_passport_number_is_masked_to_its_last_three_characters() {
        assertThat(new PassportNumber("G1234567").masked()).isEqualTo("*****567");
        assertThat(new PassportNumber("AB123").masked()).isEqualTo("**123");
    }

    private static Appointment confirmed(String code, String passport) {
        Appointment appointment = hold(code, passport, BOOKED);
        appointment.verify("123456", BOOKED, 5);
        return appointment;
    }
}
