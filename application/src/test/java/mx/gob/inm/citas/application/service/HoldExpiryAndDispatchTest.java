package mx.gob.inm.citas.application.service;

import java.time.Instant;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import mx.gob.inm.citas.application.port.in.DispatchNotificationsUseCase.DispatchReport;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.appointment.Appointment;
import org.junit.jupiter.api.Test;

class HoldExpiryAndDispatchTest {

    private final BookingWorld world = new BookingWorld();

    @Test
    void unverified_holds_expire_after_fifteen_minutes_and_give_their_place_back_once() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(14));
        assertThat(world.expiry.expiredHolds(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEmpty();

        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.expiry.expiredHolds(BookingWorld.INSTANCE, BookingWorld.LEASE)).containsExactly(held.code());
        assertThat(world.expiry.expire(held.code())).isTrue();
        assertThat(world.expiry.expire(held.code())).isFalse();
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.expiry.expiredHolds(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEmpty();
    }

    @Test
    void one_instance_at_a_time_sweeps_the_holds_and_another_takes_over_once_its_lease_has_run_out() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.clock.advance(Duration.ofMinutes(15));
        assertThat(world.expiry.expiredHolds("instance-1", Duration.ofSeconds(45))).containsExactly(held.code());

        world.clock.advance(Duration.ofSeconds(44));
        assertThat(world.expiry.expiredHolds("instance-2", Duration.ofSeconds(45)))
                .as("while the first instance's lease lasts").isEmpty();
        assertThat(world.expiry.expiredHolds("instance-1", Duration.ofSeconds(45))).as("renewed")
                .containsExactly(held.code());

        // the first instance stops: its lease, renewed at 44 s, runs out 45 s later
        world.clock.advance(Duration.ofSeconds(45));
        assertThat(world.expiry.expiredHolds("instance-2", Duration.ofSeconds(45))).containsExactly(held.code());
        assertThat(world.expiry.expiredHolds("instance-1", Duration.ofSeconds(45))).isEmpty();
    }

    @Test
    void one_instance_at_a_time_queues_the_reminders_and_another_takes_over_once_its_lease_has_run_out() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
        Instant dayBefore = MONDAY_NINE.minus(Duration.ofHours(24));
        world.clock.set(dayBefore.minus(Duration.ofMinutes(5)));
        assertThat(world.dispatch.queueReminders("instance-1", Duration.ofMinutes(15))).as("not due yet").isZero();

        // due a minute later, when instance-1 has stopped: instance-2 waits for its lease to run out
        world.clock.set(dayBefore.plus(Duration.ofMinutes(1)));
        assertThat(world.dispatch.queueReminders("instance-2", Duration.ofMinutes(15))).isZero();
        world.clock.set(dayBefore.plus(Duration.ofMinutes(10)));
        assertThat(world.dispatch.queueReminders("instance-2", Duration.ofMinutes(15))).isEqualTo(1);
        assertThat(world.dispatch.queueReminders("instance-2", Duration.ofMinutes(15))).isZero();
    }

    @Test
    void the_outbox_is_sent_with_the_office_time_and_the_applicants_language() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));

        DispatchReport report = world.dispatch.dispatchDue();

        assertThat(report.sent()).isEqualTo(1);
        Notification verification = world.notifications.delivered().get(0);
        assertThat(verification.kind()).isEqualTo(NotificationKind.VERIFICATION);
        assertThat(verification.verificationCode()).isEqualTo(held.verificationCode());
        assertThat(verification.recipient()).isEqualTo("ana.g1234567@ejemplo.mx");
        assertThat(verification.start().getZone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(verification.start().toLocalTime()).hasToString("09:00");
        assertThat(verification.procedureName()).isEqualTo("Trámite CANJE-RT");
        assertThat(world.dispatch.dispatchDue().sent()).isZero();
    }

    @Test
    void during_a_mail_outage_bookings_go_on_and_mail_flows_once_it_ends_without_duplicates() {
        world.notifications.serverDown(true);
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
        assertThat(world.dispatch.dispatchDue().failed()).isEqualTo(2);

        world.notifications.serverDown(false);
        assertThat(world.dispatch.dispatchDue().sent()).isZero(); // backing off
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.dispatch.dispatchDue().sent()).isEqualTo(2);
        world.clock.advance(Duration.ofHours(2));
        assertThat(world.dispatch.dispatchDue().sent()).isZero();
        assertThat(world.notifications.delivered()).extracting(Notification::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.CONFIRMATION);
        assertThat(world.notifications.delivered()).extracting(Notification::messageId).doesNotHaveDuplicates();
    }

    @Test
    void a_reminder_is_queued_once_the_day_before() {
        Appointment held = world.booking.hold(world.hold("G1234567", MONDAY_NINE));
        world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
        assertThat(world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE)).isZero();

        world.clock.advance(Duration.between(BookingWorld.NOW, MONDAY_NINE.minus(Duration.ofHours(20))));
        assertThat(world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEqualTo(1);
        assertThat(world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE)).isZero();
        world.dispatch.dispatchDue();
        assertThat(world.notifications.delivered()).extracting(Notification::kind).last()
                .isEqualTo(NotificationKind.REMINDER);
    }

    @Test
    void a_reminder_still_waiting_when_the_office_cancels_the_appointment_is_never_sent() {
        Appointment held = world.booking.hold(world.hold("G7654321", MONDAY_NINE));
        world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
        world.dispatch.dispatchDue();
        world.clock.advance(Duration.between(BookingWorld.NOW, MONDAY_NINE.minus(Duration.ofHours(20))));
        assertThat(world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEqualTo(1);

        Appointment cancelled = world.appointments.findByCode(held.code()).orElseThrow();
        cancelled.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z"));
        world.appointments.update(cancelled);
        world.dispatch.dispatchDue();
        world.clock.advance(Duration.ofHours(1));
        world.dispatch.dispatchDue();

        assertThat(world.notifications.delivered()).extracting(Notification::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.CONFIRMATION);
    }
}
