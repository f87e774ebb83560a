package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingServiceTest.assertRefused;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryAuditLog;
import mx.gob.inm.citas.application.port.in.AvailabilityQuery;
import mx.gob.inm.citas.application.port.in.ClosureRequest;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase;
import mx.gob.inm.citas.application.port.in.ManageClosuresUseCase.ClosureOutcome;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Applicant;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.appointment.Nationality;
import mx.gob.inm.citas.domain.appointment.PassportNumber;
import mx.gob.inm.citas.domain.availability.DayAvailability;
import mx.gob.inm.citas.domain.calendar.Closure;
import mx.gob.inm.citas.domain.calendar.FederalRestDays.RestDay;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.shared.Language;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Closures against the booking world's fakes (Mexico City books CANJE-RT, 2 places a slot), with Tijuana stored too
 * for its time zone.
 */
class ClosureServiceTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private final BookingWorld world = new BookingWorld();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ManageClosuresUseCase closing = FakeTransactions.around(ManageClosuresUseCase.class,
            new ClosureService(world.closures, world.appointments, world.offices, world.ledger, world.fence,
                    world.mail, audit, world.clock),
            world.closures, world.appointments, world.ledger, world.outbox, audit);
    private final Office tijuana = DomainFixtures.tijuana();

    {
        world.offices.save(tijuana);
    }

    private final StaffMember admin = member("admin", StaffRole.ADMIN);
    private final StaffMember cdmxStaff = member("ana.lopez", StaffRole.STAFF, world.cdmx);
    private final StaffMember cdmxSupervisor = member("sofia.vega", StaffRole.SUPERVISOR, world.cdmx);
    private final StaffMember tijuanaStaff = member("tomas.rios", StaffRole.STAFF, tijuana);

    @Test
    void staff_of_one_office_cannot_close_another_and_each_refusal_is_audited_with_nothing_changed() {
        Appointment booked = confirmedBooking("G1234567", MONDAY_NINE);
        int queued = world.outbox.all().size();
        List<ThrowingCallable> attempts = List.of(
                () -> closing.closures(tijuanaStaff, cdmx(), FRIDAY),
                () -> closing.affectedBy(tijuanaStaff, cdmxRequest(MONDAY, MONDAY)),
                () -> closing.close(tijuanaStaff, cdmxRequest(MONDAY, MONDAY)));

        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                    .hasMessage("tomas.rios is not assigned to office cdmx-ciudad-de-mexico");
        }

        assertThat(audit.all()).hasSize(3).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.actor()).isEqualTo("tomas.rios");
            assertThat(e.office()).isEqualTo(world.cdmx.id());
        });
        assertNothingClosed(booked, queued);
    }

    @Test
    void a_supervisor_sees_the_closures_but_cannot_close_the_office() {
        Appointment booked = confirmedBooking("G1234567", MONDAY_NINE);
        int queued = world.outbox.all().size();
        Closure works = Closure.ofOffice(world.cdmx.id(), TUESDAY, TUESDAY, "Obras");
        world.closures.save(works);

        assertThat(closing.closures(cdmxSupervisor, cdmx(), FRIDAY)).containsExactly(works);
        assertThatThrownBy(() -> closing.affectedBy(cdmxSupervisor, cdmxRequest(MONDAY, MONDAY)))
                .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("not change anything");
        assertThatThrownBy(() -> closing.close(cdmxSupervisor, cdmxRequest(MONDAY, MONDAY)))
                .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("not change anything");

        assertThat(audit.all()).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.detail()).isEqualTo("tried to change as SUPERVISOR");
        });
        assertThat(world.closures.all()).containsExactly(works);
        assertThat(stored(booked).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.outbox.all()).hasSize(queued);
    }

    @Test
    void only_an_admin_closes_every_office_each_on_its_own_local_day() {
        Appointment inCdmx = confirmedBooking("G1234567", MONDAY_NINE.plus(Duration.ofDays(1)));
        // 09:00 on Tuesday in Tijuana
        Appointment inTijuana = stored(3, tijuana, "T1000003", Instant.parse("2026-12-01T17:00:00Z"), true);
        ClosureRequest nationwide = new ClosureRequest(null, TUESDAY, TUESDAY, "Día de duelo nacional");

        for (StaffMember notAdmin : List.of(cdmxStaff, cdmxSupervisor)) {
            assertThatThrownBy(() -> closing.close(notAdmin, nationwide))
                    .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("Only an administrator");
            assertThatThrownBy(() -> closing.affectedBy(notAdmin, new ClosureRequest(" ", TUESDAY, TUESDAY, "x")))
                    .isInstanceOf(OfficeAccessDeniedException.class);
        }
        assertThat(audit.all()).hasSize(4).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.office()).isNull();
            assertThat(e.subject()).isEqualTo("nationwide closure");
        });
        assertThat(world.closures.all()).isEmpty();
        assertThat(stored(inCdmx).status()).isEqualTo(AppointmentStatus.CONFIRMED);

        ClosureOutcome outcome = closing.close(admin, nationwide);

        assertThat(outcome.cancelled()).containsExactly(inCdmx, inTijuana);
        assertThat(stored(inCdmx).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(stored(inTijuana).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(closing.closures(cdmxStaff, cdmx(), FRIDAY)).containsExactly(outcome.closure());
        assertThat(closing.closures(tijuanaStaff, tijuana.id().value(), FRIDAY)).containsExactly(outcome.closure());
        assertThat(audited(AuditAction.CLOSURE_ADDED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.office()).isNull();
            assertThat(e.subject()).isEqualTo("nationwide");
            assertThat(e.detail()).isEqualTo("2026-12-01: Día de duelo nacional; 2 appointments cancelled");
        });
        assertThat(audited(AuditAction.APPOINTMENT_CANCELLED_BY_OFFICE)).extracting(AuditEntry::office)
                .containsExactly(world.cdmx.id(), tijuana.id());
    }

    @Test
    void only_holds_and_confirmed_appointments_of_the_local_days_are_affected_and_looking_changes_nothing() {
        // Tijuana is UTC-8 in December: 23:30 on Monday there is already Tuesday in UTC, and 16:00 on Tuesday is
        // Wednesday.
        Appointment lateMonday = stored(1, tijuana, "T1000001", Instant.parse("2026-12-01T07:30:00Z"), true);
        Appointment tuesdayNine = stored(2, tijuana, "T1000002", Instant.parse("2026-12-01T17:00:00Z"), true);
        Appointment tuesdayHold = stored(3, tijuana, "T1000003", Instant.parse("2026-12-02T00:00:00Z"), false);
        Appointment cancelled = stored(4, tijuana, "T1000004", Instant.parse("2026-12-01T18:00:00Z"), true);
        cancelled.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z"));
        world.appointments.update(cancelled);
        Appointment expired = stored(5, tijuana, "T1000005", Instant.parse("2026-12-01T19:00:00Z"), false);
        expired.expireIfDue(expired.holdExpiresAt());
        world.appointments.update(expired);
        Appointment wednesday = stored(6, tijuana, "T1000006", Instant.parse("2026-12-02T08:00:00Z"), true);
        Appointment inCdmx = confirmedBooking("G1234567", MONDAY_NINE.plus(Duration.ofDays(1)));
        List<Appointment> all = List.of(lateMonday, tuesdayNine, tuesdayHold, cancelled, expired, wednesday, inCdmx);
        int queued = world.outbox.all().size();

        List<Appointment> affected = closing.affectedBy(tijuanaStaff, new ClosureRequest(tijuana.id().value(),
                TUESDAY, TUESDAY, "Fumigación"));

        assertThat(affected).containsExactly(tuesdayNine, tuesdayHold);
        assertThat(all).allSatisfy(a -> {
            assertThat(stored(a).status()).isEqualTo(a.status());
            assertThat(stored(a).sequence()).isEqualTo(a.sequence());
        });
        assertThat(world.closures.all()).isEmpty();
        assertThat(world.outbox.all()).hasSize(queued);
        assertThat(world.takenAt(inCdmx.start())).isEqualTo(1);
        assertThat(audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.VIEWED_APPLICANT_DATA);
            assertThat(e.office()).isEqualTo(tijuana.id());
            assertThat(e.subject()).isEqualTo("closure 2026-12-01");
            assertThat(e.detail()).isEqualTo("2 appointments");
        });
    }

    @Test
    void closing_cancels_the_days_appointments_frees_their_places_queues_an_apology_each_and_audits_it_all() {
        Appointment first = confirmedBooking("G1111111", MONDAY_NINE);
        Appointment second = confirmedBooking("G2222222", MONDAY_NINE);
        Appointment held = world.booking.hold(world.hold("G3333333", MONDAY_HALF_PAST_NINE));
        Appointment tuesday = confirmedBooking("G4444444", MONDAY_NINE.plus(Duration.ofDays(1)));
        int queued = world.outbox.all().size();
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(2);

        ClosureOutcome outcome = closing.close(cdmxStaff, cdmxRequest(MONDAY, MONDAY));

        assertThat(outcome.closure()).isEqualTo(Closure.ofOffice(world.cdmx.id(), MONDAY, MONDAY, "Fumigación"));
        assertThat(world.closures.all()).containsExactly(outcome.closure());
        assertThat(outcome.cancelled()).containsExactlyInAnyOrder(first, second, held)
                .isSortedAccordingTo((a, b) -> a.start().compareTo(b.start()));
        assertThat(List.of(first, second, held)).allSatisfy(a -> {
            assertThat(stored(a).status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(stored(a).sequence()).isEqualTo(1);
        });
        assertThat(stored(tuesday).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
        assertThat(world.takenAt(tuesday.start())).isEqualTo(1);

        List<OutboxMessage> apologies = world.outbox.all().subList(queued, world.outbox.all().size());
        assertThat(apologies).extracting(OutboxMessage::appointment)
                .containsExactlyInAnyOrder(first.code(), second.code(), held.code());
        assertThat(apologies).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(NotificationKind.CANCELLED_BY_OFFICE);
            assertThat(m.sequence()).isEqualTo(1);
        });
        assertThat(audited(AuditAction.CLOSURE_ADDED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.office()).isEqualTo(world.cdmx.id());
            assertThat(e.subject()).isEqualTo(cdmx());
            assertThat(e.detail()).isEqualTo("2026-11-30: Fumigación; 3 appointments cancelled");
        });
        assertThat(audited(AuditAction.APPOINTMENT_CANCELLED_BY_OFFICE)).extracting(AuditEntry::subject)
                .containsExactlyInAnyOrder(first.code().value(), second.code().value(), held.code().value());
    }

    @Test
    void a_closure_says_whom_it_mailed_and_who_booked_at_the_desk_without_an_address_must_be_called() {
        Appointment online = confirmedBooking("G1111111", MONDAY_NINE);
        Appointment walkUp = Appointment.bookAtOffice(ConfirmationCode.random(new Random(41)), world.cdmx.id(),
                DomainFixtures.CANJE_RT, new Applicant("Luis", "Ramos Gil", new Nationality("GTM"),
                        new PassportNumber("G5555555"), LocalDate.of(1985, 1, 2), Optional.empty(),
                        Optional.of("55 1234 5678"), Language.SPANISH),
                MONDAY_HALF_PAST_NINE, Duration.ofMinutes(30), "123456", world.clock.instant());
        world.appointments.add(walkUp);
        int queued = world.outbox.all().size();

        ClosureOutcome outcome = closing.close(cdmxStaff, cdmxRequest(MONDAY, MONDAY));

        assertThat(outcome.cancelled()).extracting(Appointment::code).containsExactly(online.code(), walkUp.code());
        assertThat(outcome.mailed()).extracting(Appointment::code).containsExactly(online.code());
        assertThat(outcome.notMailed()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo(walkUp.code());
            assertThat(a.applicant().phone()).contains("55 1234 5678");
        });
        assertThat(world.outbox.all().subList(queued, world.outbox.all().size()))
                .extracting(OutboxMessage::appointment).as("the mails queued are the mailed ones")
                .containsExactly(online.code());
    }

    @Test
    void each_apology_tells_the_cancelled_time_with_the_next_version_of_the_invitation() {
        Appointment booked = confirmedBooking("G1234567", MONDAY_NINE);
        closing.close(cdmxStaff, cdmxRequest(MONDAY, MONDAY));

        world.dispatch.dispatchDue();

        List<Notification> sent = world.notifications.delivered();
        assertThat(sent).extracting(Notification::kind).containsExactly(NotificationKind.VERIFICATION,
                NotificationKind.CONFIRMATION, NotificationKind.CANCELLED_BY_OFFICE);
        Notification apology = sent.get(2);
        assertThat(apology.confirmationCode()).isEqualTo(booked.code().value());
        assertThat(apology.start()).isEqualTo(MONDAY_NINE.atZone(world.cdmx.timeZone()));
        assertThat(apology.sequence()).isEqualTo(sent.get(1).sequence() + 1);
    }

    @Test
    void once_closed_the_day_is_no_longer_offered_and_a_hold_on_it_is_refused() {
        assertThat(daysOffered(MONDAY)).isNotEmpty();

        closing.close(cdmxStaff, cdmxRequest(MONDAY, TUESDAY));

        assertRefused(() -> world.booking.hold(world.hold("G5555555", MONDAY_HALF_PAST_NINE)), Reason.NOT_A_SLOT);
        assertThatThrownBy(() -> world.booking.hold(world.hold("G5555555", MONDAY_NINE.plus(Duration.ofDays(1)))))
                .hasMessageContaining("closed").hasMessageContaining("Fumigación");
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
        assertThat(daysOffered(MONDAY)).isEmpty();
    }

    @Test
    void a_closure_cannot_start_before_today_in_the_offices_own_zone() {
        Appointment booked = confirmedBooking("G1234567", MONDAY_NINE);
        int queued = world.outbox.all().size();

        for (ClosureRequest past : List.of(cdmxRequest(THURSDAY, THURSDAY), cdmxRequest(THURSDAY, MONDAY))) {
            assertThatThrownBy(() -> closing.close(cdmxStaff, past))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the past");
        }
        assertNothingClosed(booked, queued);

        // Saturday 01:30 in Mexico City is still Friday 23:30 in Tijuana.
        world.clock.advance(Duration.between(BookingWorld.NOW, Instant.parse("2026-11-28T07:30:00Z")));
        assertThatThrownBy(() -> closing.close(cdmxStaff, cdmxRequest(FRIDAY, FRIDAY)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the past");
        closing.close(tijuanaStaff, new ClosureRequest(tijuana.id().value(), FRIDAY, FRIDAY, "Corte de luz"));
        assertThat(world.closures.all()).singleElement().satisfies(c -> assertThat(c.appliesTo(tijuana.id()))
                .isTrue());
    }

    @Test
    void closing_today_leaves_the_appointments_that_already_started_to_the_agenda() {
        Appointment morning = confirmedBooking("G1234567", MONDAY_NINE);
        Appointment afternoon = confirmedBooking("G7654321", MONDAY_NINE.plus(Duration.ofHours(5)));
        // Monday 11:00 in Mexico City: the 09:00 applicant came (or will be marked no-show), the 14:00 one is told.
        world.clock.advance(Duration.between(BookingWorld.NOW, MONDAY_NINE.plus(Duration.ofHours(2))));

        ClosureOutcome outcome = closing.close(cdmxStaff, cdmxRequest(MONDAY, MONDAY));

        assertThat(outcome.cancelled()).containsExactly(afternoon);
        assertThat(stored(morning).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(stored(afternoon).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void a_nationwide_closure_may_start_on_the_day_still_running_in_the_westernmost_office() {
        // Friday 23:45 in Tijuana, when it is already Saturday in Mexico City.
        Appointment lateFriday = stored(1, tijuana, "T1000001", Instant.parse("2026-11-28T07:45:00Z"), true);
        world.clock.advance(Duration.between(BookingWorld.NOW, Instant.parse("2026-11-28T07:30:00Z")));

        ClosureOutcome outcome = closing.close(admin, new ClosureRequest(null, FRIDAY, FRIDAY, "Apagón"));

        assertThat(outcome.cancelled()).containsExactly(lateFriday);
        assertThatThrownBy(() -> closing.close(admin, new ClosureRequest(null, THURSDAY, FRIDAY, "Apagón")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("in the past");
    }

    @Test
    void a_closure_needs_its_reason_and_days_in_order() {
        assertThatThrownBy(() -> closing.close(cdmxStaff, cdmxRequest(TUESDAY, MONDAY)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> closing.close(cdmxStaff, new ClosureRequest(cdmx(), MONDAY, MONDAY, " ")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Reason");
        assertThat(world.closures.all()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void the_closures_listed_are_the_offices_and_the_nationwide_ones_not_yet_over_by_first_day() {
        Closure over = Closure.ofOffice(world.cdmx.id(), LocalDate.of(2026, 11, 2), THURSDAY, "Inventario");
        Closure holyWeek = Closure.nationwide(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), "Semana Santa");
        Closure elsewhere = Closure.ofOffice(tijuana.id(), MONDAY, MONDAY, "Obras");
        Closure works = Closure.ofOffice(world.cdmx.id(), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7),
                "Fumigación");
        Closure endingToday = Closure.ofOffice(world.cdmx.id(), THURSDAY, FRIDAY, "Fuga de agua");
        List.of(holyWeek, over, works, elsewhere, endingToday).forEach(world.closures::save);

        assertThat(closing.closures(cdmxStaff, cdmx(), FRIDAY)).containsExactly(endingToday, works, holyWeek);
        assertThat(closing.closures(cdmxStaff, cdmx(), null)).containsExactly(endingToday, works, holyWeek);
        assertThat(closing.closures(cdmxStaff, cdmx(), MONDAY)).containsExactly(works, holyWeek);
    }

    @Test
    void every_office_is_closed_on_the_federal_rest_days_of_any_year() {
        assertThat(closing.federalRestDays(2027)).extracting(RestDay::date)
                .contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 9, 16), LocalDate.of(2027, 12, 25));
    }

    @Test
    void a_closure_ahead_is_removed_its_days_open_again_and_what_it_cancelled_stays_cancelled() {
        Appointment booked = confirmedBooking("G1234567", MONDAY_NINE);
        var outcome = closing.close(cdmxStaff, cdmxRequest(MONDAY, MONDAY));
        assertThat(daysOffered(MONDAY)).isEmpty();

        closing.remove(cdmxStaff, outcome.closure());

        assertThat(world.closures.all()).isEmpty();
        assertThat(daysOffered(MONDAY)).as("Monday is offered again").isNotEmpty();
        assertThat(stored(booked).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(audited(AuditAction.CLOSURE_REMOVED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.detail()).isEqualTo("2026-11-30: Fumigación");
        });
        assertThatThrownBy(() -> closing.remove(cdmxStaff, outcome.closure()))
                .as("removed twice").isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_closure_of_several_days_is_audited_in_a_form_the_audit_page_reads_with_no_english_between_the_days() {
        confirmedBooking("G1234567", MONDAY_NINE);
        var outcome = closing.close(cdmxStaff, cdmxRequest(MONDAY, TUESDAY));
        closing.remove(cdmxStaff, outcome.closure());

        assertThat(audited(AuditAction.CLOSURE_ADDED)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("2026-11-30..2026-12-01: Fumigación; 1 appointments cancelled");
        assertThat(audited(AuditAction.APPOINTMENT_CANCELLED_BY_OFFICE)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("closure 2026-11-30..2026-12-01: Fumigación");
        assertThat(audited(AuditAction.CLOSURE_REMOVED)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("2026-11-30..2026-12-01: Fumigación");
    }

    @Test
    void a_closure_that_has_begun_is_not_removed_nor_by_a_supervisor_or_another_office_nor_nationwide_by_staff() {
        Closure today = Closure.ofOffice(world.cdmx.id(), FRIDAY, MONDAY, "Obras");
        Closure ahead = Closure.ofOffice(world.cdmx.id(), TUESDAY, TUESDAY, "Obras");
        Closure nationwide = Closure.nationwide(TUESDAY, TUESDAY, "Asueto");
        world.closures.save(today);
        world.closures.save(ahead);
        world.closures.save(nationwide);

        assertThatThrownBy(() -> closing.remove(cdmxStaff, today)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("begun");
        assertThatThrownBy(() -> closing.remove(cdmxSupervisor, ahead))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> closing.remove(tijuanaStaff, ahead)).isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> closing.remove(cdmxStaff, nationwide))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThat(world.closures.all()).containsExactly(today, ahead, nationwide);
        assertThat(audited(AuditAction.CLOSURE_REMOVED)).isEmpty();

        closing.remove(admin, nationwide);
        assertThat(world.closures.all()).containsExactly(today, ahead);
    }

    // ---- helpers ----

    private String cdmx() {
        return world.cdmx.id().value();
    }

    private ClosureRequest cdmxRequest(LocalDate firstDay, LocalDate lastDay) {
        return new ClosureRequest(cdmx(), firstDay, lastDay, " Fumigación ");
    }

    private StaffMember member(String username, StaffRole role, Office... assigned) {
        return StaffMember.create(Username.of(username), "Persona " + username, role,
                Arrays.stream(assigned).map(Office::id).collect(Collectors.toSet()), "hash");
    }

    /** Held and verified through the booking service, so it has its place in the ledger and its mails queued. */
    private Appointment confirmedBooking(String passport, Instant start) {
        Appointment held = world.booking.hold(world.hold(passport, start));
        return world.booking.verify(held.code().value(), held.applicant().passport().value(), held.verificationCode());
    }

    /** Stored directly (for offices without a schedule here): a hold made now, verified when asked. */
    private Appointment stored(int codeSeed, Office office, String passport, Instant start, boolean verified) {
        Instant now = world.clock.instant();
        Appointment appointment = Appointment.hold(ConfirmationCode.random(new Random(codeSeed)), office.id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicant(passport), start, Duration.ofMinutes(30), "123456",
                now, Duration.ofMinutes(15));
        if (verified) {
            appointment.verify("123456", now, 5);
        }
        world.appointments.add(appointment);
        return appointment;
    }

    private Appointment stored(Appointment appointment) {
        return world.appointments.findByCode(appointment.code()).orElseThrow();
    }

    private List<AuditEntry> audited(AuditAction action) {
        return audit.all().stream().filter(e -> e.action() == action).toList();
    }

    private List<DayAvailability> daysOffered(LocalDate day) {
        return world.availability.findAvailability(new AvailabilityQuery(cdmx(), "CANJE-RT", Optional.of(day),
                Optional.of(day))).days();
    }

    private void assertNothingClosed(Appointment booked, int queued) {
        assertThat(world.closures.all()).isEmpty();
        assertThat(stored(booked).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.takenAt(booked.start())).isEqualTo(1);
        assertThat(world.outbox.all()).hasSize(queued);
        assertThat(audited(AuditAction.CLOSURE_ADDED)).isEmpty();
        assertThat(audited(AuditAction.APPOINTMENT_CANCELLED_BY_OFFICE)).isEmpty();
    }
}
