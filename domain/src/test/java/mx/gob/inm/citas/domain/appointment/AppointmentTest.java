package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.DomainFixtures.CODE_1;
import static mx.gob.inm.citas.domain.DomainFixtures.CODE_2;
import static mx.gob.inm.citas.domain.DomainFixtures.hold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import mx.gob.inm.citas.domain.appointment.Appointment.VerificationOutcome;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final ChangePolicy CHANGES = new ChangePolicy(Duration.ofHours(24));

    @Test
    void a_hold_waits_fifteen_minutes_for_its_code_and_counts_as_active() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThat(held.status()).isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
        assertThat(held.holdExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(held.holderKey()).contains("GTM:G1234567:CANJE-RT");
        assertThat(held.end()).isEqualTo(held.start().plus(Duration.ofMinutes(30)));
    }

    @Test
    void an_unverified_hold_is_unique_per_person_and_address_and_a_confirmed_one_per_person() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThat(held.activeKey()).as("another address may hold for the same passport until one verifies")
                .contains("GTM:G1234567:CANJE-RT:ana.g1234567@ejemplo.mx");
        held.verify("123456", NOW, 5);
        assertThat(held.activeKey()).contains("GTM:G1234567:CANJE-RT");
    }

    @Test
    void a_hold_superseded_by_another_verified_first_is_released_once() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThat(held.releaseAsSuperseded()).isTrue();
        assertThat(held.status()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(held.holderKey()).isEmpty();
        assertThat(held.releaseAsSuperseded()).isFalse();
        Appointment confirmed = hold(CODE_2, "G1234567", NOW);
        confirmed.verify("123456", NOW, 5);
        assertThat(confirmed.releaseAsSuperseded()).isFalse();
        assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void the_right_code_in_time_confirms() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThat(held.verify(" 123456 ", NOW.plusSeconds(60), 5)).isEqualTo(VerificationOutcome.CONFIRMED);
        assertThat(held.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void the_code_is_resent_once_while_the_hold_lasts_and_never_after_confirmation() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        held.resendVerification(NOW.plusSeconds(60), 1);
        assertThat(held.verificationResends()).isEqualTo(1);
        assertThatThrownBy(() -> held.resendVerification(NOW.plusSeconds(120), 1))
                .isInstanceOf(AppointmentRefusedException.class)
                .extracting(e -> ((AppointmentRefusedException) e).reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);

        Appointment late = hold(CODE_1, "G7654321", NOW);
        assertThatThrownBy(() -> late.resendVerification(NOW.plus(Duration.ofMinutes(15)), 1))
                .extracting(e -> ((AppointmentRefusedException) e).reason()).isEqualTo(Reason.HOLD_EXPIRED);

        held.verify("123456", NOW.plusSeconds(180), 5);
        assertThatThrownBy(() -> held.resendVerification(NOW.plusSeconds(240), 2))
                .extracting(e -> ((AppointmentRefusedException) e).reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);
    }

    @Test
    void five_wrong_codes_release_the_hold() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(held.verify("000000", NOW, 5)).isEqualTo(VerificationOutcome.WRONG_CODE);
        }
        assertThat(held.verify("000000", NOW, 5)).isEqualTo(VerificationOutcome.RELEASED);
        assertThat(held.status()).isEqualTo(AppointmentStatus.EXPIRED);
        assertThat(held.activeKey()).isEmpty();
        assertThat(held.verify("123456", NOW, 5)).isEqualTo(VerificationOutcome.EXPIRED);
    }

    @Test
    void a_hold_past_its_time_expires_once_even_with_the_right_code() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThat(held.verify("123456", NOW.plus(Duration.ofMinutes(15)), 5)).isEqualTo(VerificationOutcome.EXPIRED);
        assertThat(held.expireIfDue(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(held.status()).isEqualTo(AppointmentStatus.EXPIRED);
    }

    @Test
    void a_confirmed_appointment_moves_or_cancels_until_the_cut_off_and_bumps_its_invitation() {
        Appointment appointment = confirmed();
        Instant later = appointment.start().plus(Duration.ofDays(1));
        appointment.moveTo(later, NOW, CHANGES);
        assertThat(appointment.start()).isEqualTo(later);
        assertThat(appointment.sequence()).isEqualTo(1);

        appointment.cancel(NOW, CHANGES);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment.sequence()).isEqualTo(2);
        assertThat(appointment.activeKey()).isEmpty();
    }

    @Test
    void changes_inside_the_cut_off_are_refused_with_the_reason() {
        Appointment appointment = confirmed();
        Instant lastMinute = appointment.start().minus(Duration.ofHours(2));
        assertThatThrownBy(() -> appointment.cancel(lastMinute, CHANGES))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LATE_TO_CHANGE))
                .hasMessageContaining("24 hours");
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void the_day_runs_confirmed_then_checked_in_then_attended_or_no_show() {
        Appointment attended = confirmed();
        attended.checkIn(attended.applicant().passport(), attended.start().minus(Duration.ofMinutes(10)), ZONE);
        attended.markAttended();
        assertThat(attended.status()).isEqualTo(AppointmentStatus.ATTENDED);

        Appointment absent = confirmed();
        NoShowPolicy grace = new NoShowPolicy(Duration.ofMinutes(15));
        assertThatThrownBy(() -> absent.markNoShow(absent.start().plus(Duration.ofMinutes(14)), grace))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW))
                .hasMessageContaining("15 minutes");
        assertThat(absent.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        absent.markNoShow(absent.start().plus(Duration.ofMinutes(15)), grace);
        assertThat(absent.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    void the_agenda_offers_only_the_steps_the_status_allows() {
        Appointment appointment = confirmed();
        assertThat(hold(CODE_2, "G7654321", NOW).agendaSteps()).isEmpty();
        assertThat(appointment.agendaSteps()).containsExactlyInAnyOrder(AgendaStep.CHECK_IN,
                AgendaStep.MARK_NO_SHOW);

        appointment.checkIn(appointment.applicant().passport(), appointment.start(), ZONE);
        assertThat(appointment.agendaSteps()).containsExactly(AgendaStep.MARK_ATTENDED);

        appointment.markAttended();
        assertThat(appointment.agendaSteps()).isEmpty();
    }

    @Test
    void check_in_needs_the_passport_the_appointment_was_booked_with() {
        Appointment appointment = confirmed();
        Instant sameDay = appointment.start().minus(Duration.ofMinutes(10));
        assertThatThrownBy(() -> appointment.checkIn(new PassportNumber("X9999999"), sameDay, ZONE))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PASSPORT_MISMATCH));
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void check_in_is_only_on_the_day_of_the_appointment_in_the_office_zone() {
        Appointment appointment = confirmed();
        Instant dayBefore = appointment.start().minus(Duration.ofDays(1));
        assertThatThrownBy(() -> appointment.checkIn(appointment.applicant().passport(), dayBefore, ZONE))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW))
                .hasMessageContaining("only on the day");
        appointment.checkIn(new PassportNumber(appointment.applicant().passport().value().toLowerCase()),
                appointment.start().plus(Duration.ofHours(1)), ZONE);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void illegal_steps_are_refused() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        assertThatThrownBy(() -> held.checkIn(held.applicant().passport(), held.start(), ZONE))
                .isInstanceOf(AppointmentRefusedException.class)
                .hasMessageContaining("pending verification");
        assertThatThrownBy(() -> held.moveTo(held.start().plusSeconds(1800), NOW, CHANGES))
                .isInstanceOf(AppointmentRefusedException.class);
        Appointment cancelled = confirmed();
        cancelled.cancel(NOW, CHANGES);
        assertThatThrownBy(() -> cancelled.cancel(NOW, CHANGES)).isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> cancelled.verify("123456", NOW, 5)).isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(cancelled::markAttended).isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void a_hold_may_be_abandoned_by_cancelling_it() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        held.cancel(NOW, CHANGES);
        assertThat(held.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void the_office_cancels_a_confirmed_appointment_even_inside_the_cut_off_and_bumps_its_invitation() {
        Appointment appointment = confirmed();
        assertThatThrownBy(() -> appointment.cancel(appointment.start().minus(Duration.ofHours(1)), CHANGES))
                .isInstanceOf(AppointmentRefusedException.class);

        Instant closedAt = appointment.start().minus(Duration.ofHours(1));
        appointment.cancelByOffice(closedAt);

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(appointment.cancellation()).hasValue(Cancellation.by(Cancellation.By.OFFICE, closedAt));
        assertThat(appointment.sequence()).isEqualTo(1);
        assertThat(appointment.activeKey()).isEmpty();
    }

    @Test
    void an_appointment_cancelled_by_its_applicant_says_who_and_when_and_no_other_does() {
        Appointment appointment = confirmed();
        assertThat(appointment.cancellation()).isEmpty();

        appointment.cancel(NOW, CHANGES);

        assertThat(appointment.cancellation()).hasValue(Cancellation.by(Cancellation.By.APPLICANT, NOW));
    }

    @Test
    void the_office_cancels_a_hold_not_yet_verified() {
        Appointment held = hold(CODE_1, "G1234567", NOW);

        held.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(held.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(held.sequence()).isEqualTo(1);
    }

    @Test
    void the_office_cannot_cancel_what_is_no_longer_pending_or_confirmed() {
        Appointment checkedIn = confirmed();
        checkedIn.checkIn(checkedIn.applicant().passport(), checkedIn.start(), ZONE);
        Appointment expired = hold(CODE_1, "G7654321", NOW);
        expired.expireIfDue(expired.holdExpiresAt());
        Appointment cancelled = confirmed();
        cancelled.cancel(NOW, CHANGES);

        for (Appointment appointment : List.of(checkedIn, expired, cancelled)) {
            AppointmentStatus before = appointment.status();
            int sequence = appointment.sequence();
            assertThatThrownBy(() -> appointment.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z")))
                    .isInstanceOfSatisfying(AppointmentRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW))
                    .hasMessageContaining("cannot be cancelled by the office");
            assertThat(appointment.status()).isEqualTo(before);
            assertThat(appointment.sequence()).isEqualTo(sequence);
        }
    }

    @Test
    void a_new_address_gets_a_new_code_and_the_old_code_no_longer_confirms() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        String oldCode = held.verificationCode();

        held.changeEmail(new EmailAddress("ana.bien@ejemplo.mx"), "654321", NOW.plusSeconds(60));

        assertThat(held.applicant().email().orElseThrow().value()).isEqualTo("ana.bien@ejemplo.mx");
        assertThat(held.isVerifiableWith(oldCode)).isFalse();
        assertThat(held.isVerifiableWith("654321")).isTrue();
        assertThat(held.verify(oldCode, NOW.plusSeconds(61), 5)).isEqualTo(VerificationOutcome.WRONG_CODE);
        assertThat(held.verify("654321", NOW.plusSeconds(62), 5)).isEqualTo(VerificationOutcome.CONFIRMED);
    }

    @Test
    void the_address_cannot_be_changed_once_the_hold_ran_out_or_was_confirmed() {
        Appointment late = hold(CODE_1, "G1234567", NOW);
        assertThatThrownBy(() -> late.changeEmail(new EmailAddress("b@ejemplo.mx"), "654321", late.holdExpiresAt()))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HOLD_EXPIRED));
        assertThat(late.status()).isEqualTo(AppointmentStatus.EXPIRED);

        Appointment confirmed = confirmed();
        assertThatThrownBy(() -> confirmed.changeEmail(new EmailAddress("b@ejemplo.mx"), "654321", NOW))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW));
        assertThat(confirmed.applicant().email().orElseThrow().value()).isNotEqualTo("b@ejemplo.mx");
        assertThat(confirmed.isVerifiableWith(confirmed.verificationCode())).isFalse();
    }

    @Test
    void the_address_of_a_hold_can_be_changed_twice_and_no_more_even_once_reloaded() {
        Appointment held = hold(CODE_1, "G1234567", NOW);
        held.changeEmail(new EmailAddress("uno@ejemplo.mx"), "111111", NOW.plusSeconds(10));
        held.changeEmail(new EmailAddress("dos@ejemplo.mx"), "222222", NOW.plusSeconds(20));
        assertThat(held.emailChanges()).isEqualTo(VerificationPolicy.MAX_EMAIL_CHANGES).isEqualTo(2);

        Appointment reloaded = Appointment.reconstitute(held.code(), held.office(), held.procedure(),
                held.applicant(), held.start(), held.duration(), held.status(), held.verificationCode(),
                held.holdExpiresAt(), held.failedVerifications(), held.verificationResends(), held.sequence(),
                held.createdAt(), false, null, null, held.emailChanges());
        assertThatThrownBy(() -> reloaded.changeEmail(new EmailAddress("tres@ejemplo.mx"), "333333",
                NOW.plusSeconds(30))).isInstanceOfSatisfying(AppointmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);
                    assertThat(e.code()).isEqualTo("appointment.emailChangesUsed");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(reloaded.applicant().email().orElseThrow().value()).isEqualTo("dos@ejemplo.mx");
        assertThat(reloaded.verificationCode()).isEqualTo("222222");
        assertThat(reloaded.emailChanges()).isEqualTo(2);
        assertThat(reloaded.verificationResends()).as("a change spends no resend").isZero();
    }

    private static Appointment confirmed() {
        Appointment appointment = hold(CODE_1, "G1234567", NOW);
        appointment.verify("123456", NOW, 5);
        return appointment;
    }
}
