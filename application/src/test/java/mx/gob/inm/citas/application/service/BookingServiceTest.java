package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.in.HoldAppointmentCommand;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
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

        Appointment confirmed = world.booking.verify(held.code().value().toLowerCase(), held.verificationCode());

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
    void a_second_active_appointment_for_the_same_passport_and_procedure_is_refused() {
        world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        assertRefused(() -> world.booking.hold(world.hold("g1234-567", MONDAY_HALF_PAST_NINE)), Reason.ALREADY_BOOKED);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
        // another procedure is fine
        world.booking.hold(new HoldAppointmentCommand(world.cdmx.id().value(), "RENOV-RT", MONDAY_HALF_PAST_NINE,
                DomainFixtures.applicant("G1234567")));
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
            assertThatThrownBy(() -> world.booking.verify(held.code().value(), "000000"))
                    .isInstanceOfSatisfying(AppointmentRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_VERIFICATION_CODE))
                    .hasMessageContaining(attemptsLeft);
        }
        assertRefused(() -> world.booking.verify(held.code().value(), "000000"), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertRefused(() -> world.booking.verify(held.code().value(), held.verificationCode()), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
    }

    @Test
    void a_late_verification_finds_the_hold_expired_and_its_place_back_once() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(16));

        assertRefused(() -> world.booking.verify(held.code().value(), held.verificationCode()), Reason.HOLD_EXPIRED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.expiry.expire(held.code())).isFalse();
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        // and the person may book again
        world.booking.hold(world.hold("G1234567", MONDAY_NINE));
    }

    @Test
    void the_verification_code_can_be_sent_once_more_and_it_is_the_same_code() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        world.booking.resendVerification(held.code().value());

        assertThat(world.outbox.all()).extracting(OutboxMessage::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.VERIFICATION);
        assertRefused(() -> world.booking.resendVerification(held.code().value()), Reason.NOT_ALLOWED_NOW);
        assertThat(world.outbox.all()).hasSize(2);
        assertThat(world.booking.verify(held.code().value(), held.verificationCode()).status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void an_expired_hold_gets_no_new_code() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(15));

        assertRefused(() -> world.booking.resendVerification(held.code().value()), Reason.HOLD_EXPIRED);
        assertThat(world.outbox.all()).hasSize(1);
    }

    @Test
    void unknown_or_malformed_codes_are_not_found() {
        assertThatThrownBy(() -> world.booking.verify("NOT-A-CODE", "123456"))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThatThrownBy(() -> world.booking.verify(DomainFixtures.CODE_2, "123456"))
                .isInstanceOf(AppointmentNotFoundException.class);
    }

    static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppointmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
