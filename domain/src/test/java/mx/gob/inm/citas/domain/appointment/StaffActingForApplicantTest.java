package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.CODE_1;
import static mx.gob.inm.citas.domain.DomainFixtures.applicantWithoutEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Staff act for an applicant: book at the desk, cancel and move with a reason, undo a mistaken step. */
class StaffActingForApplicantTest {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    /** Monday 30 November 2026, 09:00 in Mexico City. */
    private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");
    /** The same Monday, 08:00: inside every change cut-off. */
    private static final Instant THAT_MORNING = START.minus(Duration.ofHours(1));
    private static final NoShowPolicy NO_SHOWS = new NoShowPolicy(Duration.ofMinutes(15));

    private static Appointment bookedAtTheDesk(Instant start, Instant now) {
        return Appointment.bookAtOffice(new ConfirmationCode(CODE_1), DomainFixtures.cdmx().id(), CANJE_RT,
                applicantWithoutEmail("G1234567"), start, Duration.ofMinutes(30), "000000", now);
    }

    @Test
    void a_booking_at_the_desk_is_confirmed_at_once_even_an_hour_before_and_without_an_email_address() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.applicant().email()).isEmpty();
        assertThat(booked.activeKey()).contains("GTM:G1234567:CANJE-RT");
        assertThat(booked.staffReason()).isEmpty();
    }

    @Test
    void a_booking_at_the_desk_for_a_time_already_passed_is_refused() {
        assertThatThrownBy(() -> bookedAtTheDesk(START, START))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_BOOKING_WINDOW));
    }

    @Test
    void staff_cancel_inside_the_cut_off_with_the_reason_and_the_office_is_recorded_as_who_cancelled() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING.minus(Duration.ofDays(3)));
        booked.cancelForApplicant(THAT_MORNING, "  La persona llamó: está enferma ");
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(booked.cancellation().orElseThrow().by()).isEqualTo(Cancellation.By.OFFICE);
        assertThat(booked.cancellation().orElseThrow().at()).contains(THAT_MORNING);
        assertThat(booked.staffReason()).contains("La persona llamó: está enferma");
        assertThat(booked.sequence()).isEqualTo(1);
        assertThat(booked.activeKey()).isEmpty();
    }

    @Test
    void staff_give_a_reason_to_cancel_or_move_and_a_blank_or_long_one_is_refused() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        assertThatThrownBy(() -> booked.cancelForApplicant(THAT_MORNING, " ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> booked.moveForApplicant(START.plus(Duration.ofHours(1)), THAT_MORNING,
                "x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.start()).isEqualTo(START);
    }

    @Test
    void staff_cannot_cancel_an_appointment_that_has_started() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        assertThatThrownBy(() -> booked.cancelForApplicant(START, "tarde"))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("started");
        assertThat(booked.agendaSteps(START, ZONE)).doesNotContain(AgendaStep.CANCEL).contains(AgendaStep.MOVE);
    }

    @Test
    void staff_move_inside_the_cut_off_to_a_later_time_with_the_reason_and_bump_the_invitation() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        Instant later = START.plus(Duration.ofDays(1));
        booked.moveForApplicant(later, THAT_MORNING, "Pidió el martes");
        assertThat(booked.start()).isEqualTo(later);
        assertThat(booked.staffReason()).contains("Pidió el martes");
        assertThat(booked.sequence()).isEqualTo(1);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void a_closure_cancelling_a_moved_appointment_gives_no_reason_of_the_earlier_move() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        booked.moveForApplicant(START.plus(Duration.ofDays(1)), THAT_MORNING, "La persona llamó para cambiar");

        booked.cancelByOffice(THAT_MORNING);

        assertThat(booked.staffReason()).isEmpty();
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void staff_cannot_move_to_the_same_time_or_to_a_time_already_passed_nor_move_what_is_not_confirmed() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        assertThatThrownBy(() -> booked.moveForApplicant(START, THAT_MORNING, "igual"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> booked.moveForApplicant(THAT_MORNING, THAT_MORNING, "antes"))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.OUTSIDE_BOOKING_WINDOW));
        booked.checkIn(new PassportNumber("G1234567"), THAT_MORNING, ZONE);
        assertThatThrownBy(() -> booked.moveForApplicant(START.plus(Duration.ofHours(2)), THAT_MORNING, "x"))
                .isInstanceOfSatisfying(AppointmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW));
        assertThatThrownBy(() -> booked.cancelForApplicant(THAT_MORNING, "x"))
                .isInstanceOf(AppointmentRefusedException.class);
    }

    @Test
    void a_mistaken_check_in_attended_or_no_show_is_undone_one_step_back_on_the_day() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        booked.checkIn(new PassportNumber("G1234567"), THAT_MORNING, ZONE);
        booked.markAttended();
        assertThat(booked.agendaSteps(THAT_MORNING, ZONE)).containsExactly(AgendaStep.UNDO);
        assertThat(booked.undoLastStep(THAT_MORNING, ZONE)).isEqualTo(AgendaStep.MARK_ATTENDED);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(booked.undoLastStep(THAT_MORNING, ZONE)).isEqualTo(AgendaStep.CHECK_IN);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.activeKey()).as("confirmed again, it holds its place and its person's key")
                .contains("GTM:G1234567:CANJE-RT");

        Instant afterGrace = START.plus(Duration.ofMinutes(20));
        booked.markNoShow(afterGrace, NO_SHOWS);
        assertThat(booked.undoLastStep(afterGrace, ZONE)).isEqualTo(AgendaStep.MARK_NO_SHOW);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void a_step_is_not_undone_the_next_day_in_the_office_zone_nor_on_an_appointment_without_one() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        assertThatThrownBy(() -> booked.undoLastStep(THAT_MORNING, ZONE))
                .isInstanceOf(AppointmentRefusedException.class);
        booked.checkIn(new PassportNumber("G1234567"), THAT_MORNING, ZONE);
        // 23:59 that Monday in Mexico City is already Tuesday in UTC: still the day
        Instant lastMinute = Instant.parse("2026-12-01T05:59:00Z");
        assertThat(booked.agendaSteps(lastMinute, ZONE)).contains(AgendaStep.UNDO);
        Instant nextDay = Instant.parse("2026-12-01T06:00:00Z");
        assertThat(booked.agendaSteps(nextDay, ZONE)).doesNotContain(AgendaStep.UNDO);
        assertThatThrownBy(() -> booked.undoLastStep(nextDay, ZONE))
                .isInstanceOf(AppointmentRefusedException.class).hasMessageContaining("day");
        assertThat(booked.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void the_staff_reason_is_forgotten_with_the_personal_data() {
        Appointment booked = bookedAtTheDesk(START, THAT_MORNING);
        booked.cancelForApplicant(THAT_MORNING, "Ana Pérez llamó");
        booked.anonymise(START.plus(Duration.ofDays(400)), new RetentionPolicy(365));
        assertThat(booked.staffReason()).isEmpty();
    }
}
