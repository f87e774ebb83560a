package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.in.TooManyRequestsException;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.EmailAddress;
import mx.gob.inm.citas.domain.appointment.WrongVerificationCodeException;
import mx.gob.inm.citas.domain.procedure.ProcedureNotBookableOnlineException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BookingServiceTest {

    private final BookingWorld world = new BookingWorld();

    @Test
    void a_hold_takes_a_place_and_queues_the_verification_code() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        assertThat(held.status()).isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
        assertThat(held.verificationCode()).matches("[0-9]{6}");
        assertThat(held.holdExpiresAt()).isEqualTo(BookingWorld.NOW.plus(Duration.ofMinutes(15)));
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind).containsExactly(NotificationKind.VERIFICATION);
    }

    @Test
    void the_right_code_confirms_and_queues_the_confirmation() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        Appointment confirmed = world.booking.verify(held.code().value().toLowerCase(),
                held.applicant().passport().value(), held.verificationCode());

        assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.CONFIRMATION);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    @Test
    void a_full_slot_refuses_the_next_hold_and_takes_nothing() {
        world.booking.hold(world.hold("G1111111", MONDAY_NINE));
        world.booking.hold(world.hold("G2222222", MONDAY_NINE));

        assertRefused(() -> world.booking.hold(world.hold("G3333333", MONDAY_NINE)), Reason.SLOT_FULL);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(2);
        assertThat(world.outbox.all()).hasSize(2);
    }

    @Test
    void a_second_hold_for_the_same_passport_procedure_and_address_is_refused() {
        world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        assertRefused(() -> world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                MONDAY_HALF_PAST_NINE, withEmail("g1234-567", "ana.g1234567@ejemplo.mx"))), Reason.ALREADY_BOOKED);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
        // another procedure is fine
        world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "RENOV-RT", MONDAY_HALF_PAST_NINE,
                DomainFixtures.applicant("G1234567")));
    }

    @Test
    void a_stranger_holding_with_someones_passport_does_not_lock_its_owner_out_and_loses_the_place() {
        Appointment squatter = world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                MONDAY_NINE, withEmail("G1234567", "reventa@ejemplo.mx")));
        Appointment owner = world.booking.hold(world.hold("G1234567", MONDAY_HALF_PAST_NINE));

        world.booking.verify(owner.code().value(), "G1234567", owner.verificationCode());

        assertThat(world.expiry.expiredHolds(BookingWorld.INSTANCE, BookingWorld.LEASE)).as("the other hold of the same person is released by the sweep")
                .containsExactly(squatter.code());
        assertRefused(() -> world.booking.verify(squatter.code().value(), "G1234567",
                squatter.verificationCode()), Reason.ALREADY_BOOKED);
        assertThat(world.takenAt(MONDAY_NINE)).as("its place is free again").isZero();
        assertThat(world.expiry.expiredHolds(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEmpty();
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(1);
    }

    @Test
    void a_confirmed_appointment_still_blocks_another_hold_of_the_same_person_and_procedure() {
        Appointment owner = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.booking.verify(owner.code().value(), "G1234567", owner.verificationCode());

        assertRefused(() -> world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                MONDAY_HALF_PAST_NINE, withEmail("G1234567", "otra@ejemplo.mx"))), Reason.ALREADY_BOOKED);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
    }

    @Test
    void the_superseded_hold_is_released_by_the_sweep_when_its_holder_never_comes_back() {
        Appointment squatter = world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                MONDAY_NINE, withEmail("G1234567", "reventa@ejemplo.mx")));
        Appointment owner = world.booking.hold(world.hold("G1234567", MONDAY_HALF_PAST_NINE));
        world.booking.verify(owner.code().value(), "G1234567", owner.verificationCode());

        assertThat(world.expiry.expire(squatter.code())).isTrue();
        assertThat(world.expiry.expire(squatter.code())).as("once").isFalse();
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
    }

    @Test
    void a_superseded_hold_the_sweep_released_first_is_answered_as_already_booked_not_as_expired() {
        Appointment squatter = world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                MONDAY_NINE, withEmail("G1234567", "reventa@ejemplo.mx")));
        Appointment owner = world.booking.hold(world.hold("G1234567", MONDAY_HALF_PAST_NINE));
        world.booking.verify(owner.code().value(), "G1234567", owner.verificationCode());
        world.expiry.expire(squatter.code());

        assertRefused(() -> world.booking.verify(squatter.code().value(), "G1234567",
                squatter.verificationCode()), Reason.ALREADY_BOOKED);
    }

    @Test
    void verifying_without_the_passport_says_nothing_and_counts_no_attempt() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> world.booking.verify(held.code().value(), "X9999999", "000000"))
                    .isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> world.booking.verify(held.code().value(), null, held.verificationCode()))
                    .isInstanceOf(AppointmentNotFoundException.class);
        }
        assertThatThrownBy(() -> world.booking.resendVerification(held.code().value(), "X9999999"))
                .isInstanceOf(AppointmentNotFoundException.class);

        assertThat(world.takenAt(MONDAY_NINE)).as("the stranger released nothing").isEqualTo(1);
        assertThat(world.outbox.all()).hasSize(1);
        assertThat(world.booking.verify(held.code().value(), "G1234567", held.verificationCode()).status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void a_mailbox_holds_three_places_a_day_however_its_address_is_written_and_refused_holds_do_not_count() {
        String[] slots = {"2026-11-30T15:00:00Z", "2026-11-30T15:30:00Z", "2026-11-30T16:00:00Z",
            "2026-11-30T16:30:00Z"};
        String[] spellings = {"misma@ejemplo.mx", "Misma+1@Ejemplo.MX", "misma+reventa@ejemplo.mx"};
        assertRefused(() -> world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                Instant.parse("2026-11-30T15:10:00Z"), withEmail("G1000000", "misma@ejemplo.mx"))),
                Reason.NOT_A_SLOT);
        assertThat(world.limiter.used("holds-per-email", "misma@ejemplo.mx")).as("a refused hold").isZero();
        for (int i = 0; i < 3; i++) {
            world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                    Instant.parse(slots[i]), withEmail("G10000" + i + "0", spellings[i])));
        }

        assertThatThrownBy(() -> world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                Instant.parse(slots[3]), withEmail("G1000040", "misma+otra@ejemplo.mx"))))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.quota()).isEqualTo("holds-per-email"));
        assertThat(world.takenAt(Instant.parse(slots[3]))).isZero();
    }

    private static Applicant withEmail(String passport, String email) {
        Applicant usual = DomainFixtures.applicant(passport);
        return new Applicant(usual.givenNames(), usual.surnames(), usual.nationality(), usual.passport(),
                usual.dateOfBirth(), new EmailAddress(email), usual.phone(), usual.language());
    }

    @Test
    void starts_outside_the_schedule_or_window_and_in_person_procedures_are_refused() {
        assertRefused(() -> world.booking.hold(world.hold("G1234567", Instant.parse("2026-11-30T15:10:00Z"))),
                Reason.NOT_A_SLOT);
        assertRefused(() -> world.booking.hold(world.hold("G1234567", Instant.parse("2026-11-27T16:00:00Z"))),
                Reason.OUTSIDE_BOOKING_WINDOW);
        assertThatThrownBy(() -> world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(),
                "REGULARIZ-VENCIDO", MONDAY_NINE, DomainFixtures.applicant("G1234567"))))
                .isInstanceOf(ProcedureNotBookableOnlineException.class);
    }

    @Test
    void wrong_codes_are_counted_and_the_fifth_releases_the_place() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        for (int left = 4; left >= 1; left--) {
            String attemptsLeft = left + " attempts left";
            assertThatThrownBy(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(), "000000"))
                    .isInstanceOfSatisfying(AppointmentRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_VERIFICATION_CODE))
                    .hasMessageContaining(attemptsLeft);
        }
        assertRefused(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(), "000000"), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertRefused(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode()), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
    }

    @Test
    void a_late_verification_finds_the_hold_expired_and_its_place_back_once() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(16));

        assertRefused(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode()), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.expiry.expire(held.code())).isFalse();
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        // and the person may book again
        world.booking.hold(world.hold("G1234567", MONDAY_NINE));
    }

    @Test
    void the_verification_code_can_be_sent_once_more_and_it_is_the_same_code() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        world.booking.resendVerification(held.code().value(), held.applicant().passport().value());

        assertThat(world.outbox.all()).extracting(OutboxMessage::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.VERIFICATION);
        assertRefused(() -> world.booking.resendVerification(held.code().value(), held.applicant().passport().value()), Reason.NOT_ALLOWED_NOW);
        assertThat(world.outbox.all()).hasSize(2);
        assertThat(world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode()).status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void an_expired_hold_gets_no_new_code() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(15));

        assertRefused(() -> world.booking.resendVerification(held.code().value(), held.applicant().passport().value()), Reason.HOLD_EXPIRED);
        assertThat(world.outbox.all()).hasSize(1);
    }

    @Test
    void each_wrong_code_says_how_many_attempts_are_left_and_the_last_says_the_place_was_released() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        for (int left = 4; left >= 0; left--) {
            int expected = left;
            assertThatThrownBy(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(),
                    "000000")).isInstanceOfSatisfying(WrongVerificationCodeException.class, e -> {
                        assertThat(e.attemptsLeft()).isEqualTo(expected);
                        assertThat(e.released()).isEqualTo(expected == 0);
                    });
        }
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        // after the release, the right code is told the hold is over, not that it was wrong again
        assertThatThrownBy(() -> world.booking.verify(held.code().value(), held.applicant().passport().value(),
                held.verificationCode())).isNotInstanceOf(WrongVerificationCodeException.class);
    }

    @Test
    void a_new_address_gets_a_new_code_and_the_code_sent_to_the_old_one_no_longer_confirms() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String passport = held.applicant().passport().value();
        String oldCode = held.verificationCode();
        world.dispatch.dispatchDue();

        Appointment changed = world.booking.changeEmail(held.code().value(), passport,
                new EmailAddress("ana.correcta@ejemplo.mx"));
        world.dispatch.dispatchDue();

        assertThat(world.notifications.delivered()).extracting(n -> n.recipient())
                .containsExactly(held.applicant().email().orElseThrow().value(), "ana.correcta@ejemplo.mx");
        String newCode = world.notifications.delivered().get(1).verificationCode();
        assertThat(newCode).isEqualTo(changed.verificationCode()).isNotEqualTo(oldCode);
        assertThat(world.notifications.delivered().get(1).confirmationCode()).isEqualTo(held.code().value());
        assertRefused(() -> world.booking.verify(held.code().value(), passport, oldCode),
                Reason.WRONG_VERIFICATION_CODE);
        assertThat(world.booking.verify(held.code().value(), passport, newCode).status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    @Test
    void a_hold_s_address_can_be_changed_twice_then_no_more_mail_goes_anywhere() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String passport = held.applicant().passport().value();
        world.booking.changeEmail(held.code().value(), passport, new EmailAddress("uno@ejemplo.mx"));
        world.booking.changeEmail(held.code().value(), passport, new EmailAddress("dos@ejemplo.mx"));
        String code = world.appointments.findByCode(held.code()).orElseThrow().verificationCode();

        assertThatThrownBy(() -> world.booking.changeEmail(held.code().value(), passport,
                new EmailAddress("tres@ejemplo.mx"))).isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("appointment.emailChangesUsed"));

        Appointment stored = world.appointments.findByCode(held.code()).orElseThrow();
        assertThat(stored.emailChanges()).isEqualTo(2);
        assertThat(stored.applicant().email().orElseThrow().value()).isEqualTo("dos@ejemplo.mx");
        assertThat(stored.verificationCode()).isEqualTo(code);
        assertThat(world.outbox.all()).as("one mail for the hold, one per change, none for the refused one")
                .hasSize(3);
        // the refused change gave its count on the new mailbox back
        assertThat(world.limiter.used("holds-per-email", "tres@ejemplo.mx")).isZero();
    }

    @Test
    void changing_the_address_counts_against_the_new_mailbox_as_a_hold_does() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String passport = held.applicant().passport().value();
        String[] slots = {"2026-11-30T15:30:00Z", "2026-11-30T16:00:00Z", "2026-11-30T16:30:00Z"};
        for (int i = 0; i < 3; i++) {
            world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "CANJE-RT",
                    Instant.parse(slots[i]), withEmail("G200000" + i, "lleno@ejemplo.mx")));
        }

        assertThatThrownBy(() -> world.booking.changeEmail(held.code().value(), passport,
                new EmailAddress("Lleno+otra@ejemplo.mx"))).isInstanceOf(TooManyRequestsException.class);
        assertThat(world.appointments.findByCode(held.code()).orElseThrow().applicant().email())
                .isEqualTo(held.applicant().email());
    }

    @Test
    void the_link_shows_the_hold_without_changing_it_and_one_confirmation_confirms() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String code = held.code().value();
        String key = world.linkKeys.keyOf(held);

        for (int i = 0; i < 3; i++) {
            assertThat(world.booking.linkedHold(code, key).status()).isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
        }
        assertThat(world.appointments.findByCode(held.code()).orElseThrow().failedVerifications()).isZero();
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind).containsExactly(NotificationKind.VERIFICATION);

        assertThat(world.booking.confirmByLink(code, key).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.CONFIRMATION);
    }

    @Test
    void the_verification_mail_carries_the_link_key_and_the_six_digit_code_for_typing() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.dispatch.dispatchDue();

        Notification mail = world.notifications.delivered().get(0);
        assertThat(mail.verificationCode()).isEqualTo(held.verificationCode());
        assertThat(mail.linkKey()).isEqualTo(world.linkKeys.keyOf(held)).matches("[A-Za-z0-9_-]{43}");
        assertThat(world.booking.linkedHold(held.code().value(), mail.linkKey()).code()).isEqualTo(held.code());
    }

    @Test
    void the_six_digit_code_or_another_hold_s_key_does_not_open_the_link_and_counts_no_attempt() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        Appointment other = world.booking.hold(world.hold("G7654321", MONDAY_NINE));
        String code = held.code().value();
        assertThat(world.linkKeys.keyOf(other)).isNotEqualTo(world.linkKeys.keyOf(held));

        for (String guess : new String[] {held.verificationCode(), world.linkKeys.keyOf(other), "", null,
                world.linkKeys.keyOf(held).substring(1)}) {
            assertThatThrownBy(() -> world.booking.linkedHold(code, guess))
                    .isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> world.booking.confirmByLink(code, guess))
                    .isInstanceOf(AppointmentNotFoundException.class);
        }
        Appointment stored = world.appointments.findByCode(held.code()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AppointmentStatus.PENDING_VERIFICATION);
        assertThat(stored.failedVerifications()).as("a stranger cannot use up the applicant's attempts").isZero();
    }

    @Test
    void once_confirmed_the_link_opens_nothing_and_tells_no_details() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String code = held.code().value();
        String key = world.linkKeys.keyOf(held);
        world.booking.confirmByLink(code, key);

        assertThatThrownBy(() -> world.booking.linkedHold(code, key))
                .isInstanceOfSatisfying(AppointmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);
                    assertThat(e.code()).isEqualTo("appointment.linkNoLongerValid");
                    assertThat(e.getMessage()).doesNotContain(code, "G1234567", "CANJE");
                });
        assertRefused(() -> world.booking.confirmByLink(code, key), Reason.NOT_ALLOWED_NOW);
        assertThat(world.outbox.all()).as("a second press confirms nothing twice").hasSize(2);
    }

    @Test
    void a_cancelled_or_run_out_hold_is_not_opened_by_its_link() {
        Appointment cancelled = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.booking.confirmByLink(cancelled.code().value(), world.linkKeys.keyOf(cancelled));
        world.management.cancel(cancelled.code().value(), "G1234567");
        assertRefused(() -> world.booking.linkedHold(cancelled.code().value(), world.linkKeys.keyOf(cancelled)),
                Reason.NOT_ALLOWED_NOW);

        Appointment late = world.booking.hold(world.hold("G7654321", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(15));
        assertRefused(() -> world.booking.linkedHold(late.code().value(), world.linkKeys.keyOf(late)),
                Reason.HOLD_EXPIRED);
        assertRefused(() -> world.booking.confirmByLink(late.code().value(), world.linkKeys.keyOf(late)),
                Reason.HOLD_EXPIRED);
    }

    @Test
    void a_link_mailed_to_the_old_address_no_longer_opens_and_counts_no_attempt() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        String oldKey = world.linkKeys.keyOf(held);
        Appointment changed = world.booking.changeEmail(held.code().value(), held.applicant().passport().value(),
                new EmailAddress("ana.correcta@ejemplo.mx"));

        assertThat(world.linkKeys.keyOf(changed)).isNotEqualTo(oldKey);
        assertThatThrownBy(() -> world.booking.linkedHold(held.code().value(), oldKey))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThatThrownBy(() -> world.booking.confirmByLink(held.code().value(), oldKey))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThat(world.appointments.findByCode(held.code()).orElseThrow().failedVerifications()).isZero();
        assertThat(world.booking.confirmByLink(held.code().value(), world.linkKeys.keyOf(changed)).status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void unknown_or_malformed_codes_are_not_found() {
        assertThatThrownBy(() -> world.booking.verify("NOT-A-CODE", "G1234567", "123456"))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThatThrownBy(() -> world.booking.verify(DomainFixtures.CODE_2, "G1234567", "123456"))
                .isInstanceOf(AppointmentNotFoundException.class);
    }

    static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppointmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
