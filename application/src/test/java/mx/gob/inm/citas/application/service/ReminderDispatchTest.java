package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.domain.appointment.Appointment;
import org.junit.jupiter.api.Test;

/**
 * The reminder schedule (72 hours and 24 hours ahead) as the housekeeping runs it: every 5 minutes, queueing and
 * sending, with the clock moving on.
 */
class ReminderDispatchTest {

    private static final Duration HOUSEKEEPING = Duration.ofMinutes(5);
    /** Monday 7 December 2026, 09:00 in Mexico City: a week after {@link BookingWorld#MONDAY_NINE}. */
    private static final Instant NEXT_MONDAY_NINE = MONDAY_NINE.plus(Duration.ofDays(7));

    private final BookingWorld world = new BookingWorld();
    /** Each reminder delivered, with when it was sent. */
    private final List<Sent> reminders = new ArrayList<>();

    private record Sent(Instant at, Notification notification) {
    }

    @Test
    void booked_a_week_ahead_it_is_reminded_three_days_before_while_it_can_still_change_and_the_day_before() {
        Appointment appointment = confirmed("G1234567", NEXT_MONDAY_NINE);

        runHousekeepingUntil(NEXT_MONDAY_NINE.plus(Duration.ofHours(1)));

        assertThat(reminders).hasSize(2);
        Sent threeDays = reminders.get(0);
        assertThat(threeDays.at()).isBetween(NEXT_MONDAY_NINE.minus(Duration.ofHours(72)),
                NEXT_MONDAY_NINE.minus(Duration.ofHours(72)).plus(HOUSEKEEPING));
        assertThat(threeDays.notification().changeDeadline()).as("still changeable: says until when")
                .isEqualTo(ZonedDateTime.ofInstant(NEXT_MONDAY_NINE.minus(Duration.ofHours(24)),
                        threeDays.notification().start().getZone()));
        Sent dayBefore = reminders.get(1);
        assertThat(dayBefore.at()).isBetween(NEXT_MONDAY_NINE.minus(Duration.ofHours(24)),
                NEXT_MONDAY_NINE.minus(Duration.ofHours(24)).plus(HOUSEKEEPING));
        assertThat(dayBefore.notification().changeDeadline()).as("inside the cut-off: no longer changeable")
                .isNull();
        assertThat(reminders).extracting(s -> s.notification().confirmationCode())
                .containsOnly(appointment.code().value());
        assertThat(reminders).extracting(s -> s.notification().messageId()).doesNotHaveDuplicates();
    }

    @Test
    void booked_inside_the_three_day_window_only_the_day_before_reminder_comes() {
        world.clock.set(MONDAY_NINE.minus(Duration.ofHours(50)));
        confirmed("G1234567", MONDAY_NINE);

        runHousekeepingUntil(MONDAY_NINE.plus(Duration.ofHours(1)));

        assertThat(reminders).singleElement().satisfies(dayBefore -> {
            assertThat(dayBefore.at()).isBetween(MONDAY_NINE.minus(Duration.ofHours(24)),
                    MONDAY_NINE.minus(Duration.ofHours(24)).plus(HOUSEKEEPING));
            assertThat(dayBefore.notification().changeDeadline()).isNull();
        });
    }

    @Test
    void booked_the_evening_before_the_confirmation_is_reminder_enough() {
        world.clock.set(MONDAY_NINE.minus(Duration.ofHours(14)));
        confirmed("G1234567", MONDAY_NINE);

        runHousekeepingUntil(MONDAY_NINE.plus(Duration.ofHours(1)));

        assertThat(reminders).isEmpty();
        assertThat(world.notifications.delivered()).extracting(Notification::kind)
                .containsExactly(NotificationKind.VERIFICATION, NotificationKind.CONFIRMATION);
    }

    @Test
    void a_moved_appointment_is_reminded_again_for_its_new_time_and_never_for_the_old_one() {
        Appointment appointment = confirmed("G1234567", NEXT_MONDAY_NINE);
        runHousekeepingUntil(NEXT_MONDAY_NINE.minus(Duration.ofHours(70)));
        assertThat(reminders).hasSize(1);

        Instant tuesdayNine = NEXT_MONDAY_NINE.plus(Duration.ofDays(1));
        world.management.move(appointment.code().value(), appointment.applicant().passport().value(), tuesdayNine);
        runHousekeepingUntil(tuesdayNine.plus(Duration.ofHours(1)));

        assertThat(reminders).extracting(s -> s.notification().start().toInstant())
                .containsExactly(NEXT_MONDAY_NINE, tuesdayNine, tuesdayNine);
        assertThat(reminders.get(1).at()).isBetween(tuesdayNine.minus(Duration.ofHours(72)),
                tuesdayNine.minus(Duration.ofHours(72)).plus(HOUSEKEEPING));
        assertThat(reminders.get(2).notification().changeDeadline()).isNull();
    }

    @Test
    void moved_inside_the_new_times_three_day_window_the_move_mail_stands_for_that_reminder() {
        Appointment appointment = confirmed("G1234567", NEXT_MONDAY_NINE);
        Instant fridayNine = MONDAY_NINE.plus(Duration.ofDays(4));
        world.clock.set(fridayNine.minus(Duration.ofHours(60)));

        world.management.move(appointment.code().value(), appointment.applicant().passport().value(), fridayNine);
        runHousekeepingUntil(fridayNine.plus(Duration.ofHours(1)));

        assertThat(reminders).singleElement().satisfies(dayBefore -> {
            assertThat(dayBefore.notification().start().toInstant()).isEqualTo(fridayNine);
            assertThat(dayBefore.notification().changeDeadline()).isNull();
        });
    }

    @Test
    void a_reminder_held_up_by_a_mail_outage_until_the_appointment_began_is_never_sent() {
        confirmed("G1234567", MONDAY_NINE);
        world.clock.set(MONDAY_NINE.minus(Duration.ofHours(2)));
        world.notifications.serverDown(true);
        assertThat(world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE)).isEqualTo(1);
        world.dispatch.dispatchDue();

        world.clock.set(MONDAY_NINE);
        world.notifications.serverDown(false);
        world.dispatch.dispatchDue();
        world.clock.advance(Duration.ofHours(2));
        world.dispatch.dispatchDue();

        assertThat(world.notifications.delivered()).extracting(Notification::kind)
                .doesNotContain(NotificationKind.REMINDER);
        assertThat(world.outbox.all()).filteredOn(m -> m.kind() == NotificationKind.REMINDER)
                .allMatch(m -> world.outbox.isSent(m.id()), "settled, never to be tried again");
    }

    private Appointment confirmed(String passport, Instant start) {
        Appointment held = world.booking.hold(world.hold(passport, start));
        Appointment confirmed = world.booking.verify(held.code().value(), passport, held.verificationCode());
        world.dispatch.dispatchDue();
        return confirmed;
    }

    /** What the housekeeping does every 5 minutes: queue the reminders due, send the outbox. */
    private void runHousekeepingUntil(Instant end) {
        while (world.clock.instant().isBefore(end)) {
            world.clock.advance(HOUSEKEEPING);
            world.dispatch.queueReminders(BookingWorld.INSTANCE, BookingWorld.LEASE);
            int before = world.notifications.delivered().size();
            world.dispatch.dispatchDue();
            world.notifications.delivered().stream().skip(before)
                    .filter(n -> n.kind() == NotificationKind.REMINDER)
                    .forEach(n -> reminders.add(new Sent(world.clock.instant(), n)));
        }
    }
}
