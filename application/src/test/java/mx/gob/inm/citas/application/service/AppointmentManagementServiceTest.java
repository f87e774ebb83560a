package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingServiceTest.assertRefused;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import org.junit.jupiter.api.Test;

class AppointmentManagementServiceTest {

    private final BookingWorld world = new BookingWorld();
    private final Appointment confirmed = confirmed("G1234567", MONDAY_NINE);

    @Test
    void the_passport_opens_the_appointment_and_a_wrong_one_finds_nothing() {
        assertThat(world.management.find(confirmed.code().value(), "g1234567").code()).isEqualTo(confirmed.code());
        assertThatThrownBy(() -> world.management.find(confirmed.code().value(), "X9999999"))
                .isInstanceOf(AppointmentNotFoundException.class)
                .hasMessage(new AppointmentNotFoundException().getMessage());
        assertThatThrownBy(() -> world.management.find(confirmed.code().value(), null))
                .isInstanceOf(AppointmentNotFoundException.class);
    }

    @Test
    void cancelling_gives_the_place_back_and_queues_the_cancellation() {
        Appointment cancelled = world.management.cancel(confirmed.code().value(), "G1234567");

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind).last().isEqualTo(NotificationKind.CANCELLATION);
        assertRefused(() -> world.management.cancel(confirmed.code().value(), "G1234567"), Reason.NOT_ALLOWED_NOW);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
    }

    @Test
    void moving_takes_the_new_place_frees_the_old_and_queues_the_update() {
        Appointment moved = world.management.move(confirmed.code().value(), "G1234567", MONDAY_HALF_PAST_NINE);

        assertThat(moved.start()).isEqualTo(MONDAY_HALF_PAST_NINE);
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(1);
        assertThat(world.outbox.all()).extracting(OutboxMessage::kind).last().isEqualTo(NotificationKind.RESCHEDULE);
    }

    @Test
    void each_message_tells_the_time_and_invitation_version_it_was_queued_for() {
        world.management.move(confirmed.code().value(), "G1234567", MONDAY_HALF_PAST_NINE);
        world.dispatch.dispatchDue();

        var delivered = world.notifications.delivered();
        var confirmation = delivered.stream().filter(n -> n.kind() == NotificationKind.CONFIRMATION).findFirst()
                .orElseThrow();
        var reschedule = delivered.stream().filter(n -> n.kind() == NotificationKind.RESCHEDULE).findFirst()
                .orElseThrow();
        assertThat(confirmation.start().toInstant()).isEqualTo(MONDAY_NINE);
        assertThat(confirmation.sequence()).isZero();
        assertThat(reschedule.start().toInstant()).isEqualTo(MONDAY_HALF_PAST_NINE);
        assertThat(reschedule.sequence()).isEqualTo(1);
    }

    @Test
    void the_calendar_file_follows_the_appointment_in_the_office_zone_and_needs_the_passport() {
        world.management.move(confirmed.code().value(), "G1234567", MONDAY_HALF_PAST_NINE);

        assertThat(world.management.calendarFile(confirmed.code().value(), "G1234567"))
                .isEqualTo("UID:" + confirmed.code().value() + " SEQUENCE:1 START:2026-11-30T09:30-06:00[America/Mexico_City]");
        assertThatThrownBy(() -> world.management.calendarFile(confirmed.code().value(), "X9999999"))
                .isInstanceOf(AppointmentNotFoundException.class);
        world.management.cancel(confirmed.code().value(), "G1234567");
        assertRefused(() -> world.management.calendarFile(confirmed.code().value(), "G1234567"),
                Reason.NOT_ALLOWED_NOW);
    }

    @Test
    void moving_to_a_full_slot_changes_nothing() {
        confirmed("G2222222", MONDAY_HALF_PAST_NINE);
        confirmed("G3333333", MONDAY_HALF_PAST_NINE);
        int messages = world.outbox.all().size();

        assertRefused(() -> world.management.move(confirmed.code().value(), "G1234567", MONDAY_HALF_PAST_NINE),
                Reason.SLOT_FULL);
        assertThat(world.management.find(confirmed.code().value(), "G1234567").start()).isEqualTo(MONDAY_NINE);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(2);
        assertThat(world.outbox.all()).hasSize(messages);
    }

    @Test
    void changes_inside_the_cut_off_are_refused() {
        world.clock.advance(Duration.between(BookingWorld.NOW, MONDAY_NINE.minus(Duration.ofHours(3))));
        assertRefused(() -> world.management.cancel(confirmed.code().value(), "G1234567"), Reason.TOO_LATE_TO_CHANGE);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    @Test
    void the_change_deadline_is_the_cut_off_before_the_start_and_is_gone_once_it_passed() {
        assertThat(world.management.changeDeadline(MONDAY_NINE)).contains(MONDAY_NINE.minus(Duration.ofHours(24)));

        world.clock.advance(Duration.between(BookingWorld.NOW, MONDAY_NINE.minus(Duration.ofHours(23))));

        assertThat(world.management.changeDeadline(MONDAY_NINE)).isEmpty();
    }

    private Appointment confirmed(String passport, Instant start) {
        Appointment held = world.booking.hold(world.hold(passport, start));
        return world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
    }
}
