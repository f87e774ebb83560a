package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingServiceTest.assertRefused;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_HALF_PAST_NINE;
import static mx.gob.inm.citas.application.service.BookingWorld.MONDAY_NINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import mx.gob.inm.citas.application.fakes.FakePasswordHashing;
import mx.gob.inm.citas.application.fakes.FakeTransactions;
import mx.gob.inm.citas.application.fakes.InMemoryAuditLog;
import mx.gob.inm.citas.application.fakes.InMemoryOfficeFloorRepository;
import mx.gob.inm.citas.application.fakes.InMemoryVisitRepository;
import mx.gob.inm.citas.application.port.in.ActForApplicantUseCase;
import mx.gob.inm.citas.application.port.in.RunAgendaUseCase;
import mx.gob.inm.citas.application.port.in.StaffBookingCommand;
import mx.gob.inm.citas.application.port.out.Notification;
import mx.gob.inm.citas.application.port.out.NotificationKind;
import mx.gob.inm.citas.application.port.out.OutboxMessage;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.Cancellation;
import mx.gob.inm.citas.domain.appointment.ChangePolicy;
import mx.gob.inm.citas.domain.appointment.NoShowPolicy;
import mx.gob.inm.citas.domain.availability.FreeSlot;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.Test;

/** Staff act for applicants at the desk and on the phone, against the in-memory stores. */
class ActForApplicantServiceTest {

    /** Monday 30 November 2026, 08:00 in Mexico City: the 09:00 slot is inside the public 2-hour lead time. */
    private static final Instant MONDAY_EIGHT = MONDAY_NINE.minus(Duration.ofHours(1));

    private final BookingWorld world = new BookingWorld();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryOfficeFloorRepository floors = new InMemoryOfficeFloorRepository();
    private final InMemoryVisitRepository visits = new InMemoryVisitRepository();
    private final Office tijuana = DomainFixtures.tijuana();
    private final FakePasswordHashing hashing = new FakePasswordHashing();
    private final StaffMember ana = StaffMember.create(Username.of("ana.lopez"), "Ana López", StaffRole.STAFF,
            Set.of(world.cdmx.id()), hashing.hash("correct horse battery".toCharArray()));
    private final StaffMember tomas = StaffMember.create(Username.of("tomas.rios"), "Tomás Ríos", StaffRole.STAFF,
            Set.of(tijuana.id()), hashing.hash("correct horse battery".toCharArray()));
    private final ActForApplicantUseCase desk = FakeTransactions.around(ActForApplicantUseCase.class,
            new ActForApplicantService(world.slots, world.appointments, world.offices, world.procedures,
                    world.schedules, world.closures, world.ledger, world.mail, BookingWorld::proofBytes,
                    new ChangePolicy(Duration.ofHours(24)), floors, visits, audit, new Random(5), world.clock),
            world.ledger, world.appointments, world.outbox, audit, visits);
    private final RunAgendaUseCase agenda = FakeTransactions.around(RunAgendaUseCase.class,
            new AgendaService(world.appointments, world.offices, new NoShowPolicy(Duration.ofMinutes(15)), floors,
                    visits, audit, world.clock), world.appointments, audit, visits);

    {
        world.offices.save(tijuana);
        world.clock.set(MONDAY_EIGHT);
    }

    private String cdmx() {
        return world.cdmx.id().value();
    }

    private StaffBookingCommand walkUp(String passport, Instant start) {
        return new StaffBookingCommand(cdmx(), "CANJE-RT", start, DomainFixtures.applicantWithoutEmail(passport));
    }

    private Appointment bookedByPhone(String passport, Instant start) {
        return desk.book(ana, new StaffBookingCommand(cdmx(), "CANJE-RT", start, DomainFixtures.applicant(passport)));
    }

    private Notification mailed(NotificationKind kind) {
        world.dispatch.dispatchDue();
        return world.notifications.delivered().stream().filter(n -> n.kind() == kind).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + kind + " mail in " + world.notifications.delivered()));
    }

    private AuditEntry audited(AuditAction action) {
        return audit.all().stream().filter(e -> e.action() == action).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + action + " in " + audit.all()));
    }

    @Test
    void a_walk_up_without_email_is_booked_an_hour_before_inside_the_public_lead_time_and_nothing_is_mailed() {
        assertRefused(() -> world.booking.hold(world.hold("G7777777", MONDAY_NINE)), Reason.OUTSIDE_BOOKING_WINDOW);

        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));

        assertThat(booked.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.appointments.findByCode(booked.code())).isPresent();
        assertThat(world.takenAt(MONDAY_NINE)).as("its place taken in the ledger").isEqualTo(1);
        assertThat(world.outbox.all()).as("no address, no mail").isEmpty();
        AuditEntry entry = audited(AuditAction.APPOINTMENT_BOOKED_BY_STAFF);
        assertThat(entry.actor()).isEqualTo("ana.lopez");
        assertThat(entry.subject()).isEqualTo(booked.code().value());
        assertThat(entry.detail()).as("in the office's time, not UTC")
                .isEqualTo("CANJE-RT at 2026-11-30T09:00; no e-mail address");
    }

    @Test
    void an_applicant_with_an_address_booked_by_phone_gets_the_confirmation_mail_and_no_quota_is_counted() {
        Appointment booked = bookedByPhone("G1234567", MONDAY_NINE);

        assertThat(world.outbox.all()).extracting(OutboxMessage::kind).containsExactly(NotificationKind.CONFIRMATION);
        assertThat(mailed(NotificationKind.CONFIRMATION).confirmationCode()).isEqualTo(booked.code().value());
        assertThat(audited(AuditAction.APPOINTMENT_BOOKED_BY_STAFF).detail()).isEqualTo("CANJE-RT at 2026-11-30T09:00");
        assertThat(world.limiter.used("holds-per-email", "ana.g1234567@ejemplo.mx"))
                .as("the public per-address quota is not the desk's").isZero();
    }

    @Test
    void staff_take_places_through_the_same_ledger_and_a_full_slot_refuses_them_with_nothing_kept() {
        world.clock.set(BookingWorld.NOW);
        world.booking.hold(world.hold("G1111111", MONDAY_NINE));
        desk.book(ana, walkUp("G2222222", MONDAY_NINE));

        assertRefused(() -> desk.book(ana, walkUp("G3333333", MONDAY_NINE)), Reason.SLOT_FULL);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(2);
        assertThat(world.appointments.all()).hasSize(2);
        assertThat(audit.all()).filteredOn(e -> e.action() == AuditAction.APPOINTMENT_BOOKED_BY_STAFF).hasSize(1);
    }

    @Test
    void a_person_with_a_confirmed_appointment_for_the_procedure_is_not_booked_twice() {
        desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        assertRefused(() -> desk.book(ana, walkUp("G1234567", MONDAY_HALF_PAST_NINE)), Reason.ALREADY_BOOKED);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isZero();
    }

    @Test
    void a_time_already_passed_or_not_a_slot_is_refused() {
        world.clock.set(MONDAY_NINE.plus(Duration.ofMinutes(1)));
        assertRefused(() -> desk.book(ana, walkUp("G1234567", MONDAY_NINE)), Reason.OUTSIDE_BOOKING_WINDOW);
        assertRefused(() -> desk.book(ana, walkUp("G1234567", MONDAY_NINE.plus(Duration.ofMinutes(75)))),
                Reason.NOT_A_SLOT);
        assertThat(world.appointments.all()).isEmpty();
    }

    @Test
    void staff_cancel_inside_the_cut_off_the_place_goes_back_and_the_mail_gives_the_reason() {
        Appointment booked = bookedByPhone("G1234567", MONDAY_NINE);

        desk.cancel(ana, cdmx(), booked.code().value(), "La persona llamó: no puede venir");

        Appointment cancelled = world.appointments.findByCode(booked.code()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancellation().orElseThrow().by()).isEqualTo(Cancellation.By.OFFICE);
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(mailed(NotificationKind.CANCELLED_BY_OFFICE).reason()).isEqualTo("La persona llamó: no puede venir");
        assertThat(cancelled.staffReason()).contains("La persona llamó: no puede venir");
        assertThat(audited(AuditAction.APPOINTMENT_CANCELLED_BY_STAFF).detail())
                .as("what was done, in the office's time; the reason stays on the appointment only")
                .isEqualTo("at 2026-11-30T09:00");
        assertThat(audit.all()).noneMatch(e -> e.detail().contains("llamó") || e.subject().contains("llamó"));
    }

    @Test
    void staff_move_to_a_free_time_the_new_place_is_taken_the_old_freed_and_the_mail_gives_the_reason() {
        Appointment booked = bookedByPhone("G1234567", MONDAY_NINE);

        desk.move(ana, cdmx(), booked.code().value(), MONDAY_HALF_PAST_NINE, "Pidió media hora más tarde");

        Appointment moved = world.appointments.findByCode(booked.code()).orElseThrow();
        assertThat(moved.start()).isEqualTo(MONDAY_HALF_PAST_NINE);
        assertThat(moved.staffReason()).contains("Pidió media hora más tarde");
        assertThat(world.takenAt(MONDAY_NINE)).isZero();
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(1);
        Notification mail = mailed(NotificationKind.RESCHEDULE);
        assertThat(mail.reason()).isEqualTo("Pidió media hora más tarde");
        assertThat(mail.start().toInstant()).isEqualTo(MONDAY_HALF_PAST_NINE);
        assertThat(audited(AuditAction.APPOINTMENT_MOVED_BY_STAFF).detail())
                .as("from and to in the office's time; the reason stays on the appointment only")
                .isEqualTo("from 2026-11-30T09:00 to 2026-11-30T09:30");
        assertThat(audit.all()).noneMatch(e -> e.detail().contains("media hora") || e.subject().contains("media hora"));
    }

    @Test
    void a_move_to_a_full_time_changes_nothing() {
        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        desk.book(ana, walkUp("G2222222", MONDAY_HALF_PAST_NINE));
        desk.book(ana, walkUp("G3333333", MONDAY_HALF_PAST_NINE));

        assertRefused(() -> desk.move(ana, cdmx(), booked.code().value(), MONDAY_HALF_PAST_NINE, "Más tarde"),
                Reason.SLOT_FULL);
        assertThat(world.appointments.findByCode(booked.code()).orElseThrow().start()).isEqualTo(MONDAY_NINE);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.takenAt(MONDAY_HALF_PAST_NINE)).isEqualTo(2);
        assertThat(audit.all()).noneMatch(e -> e.action() == AuditAction.APPOINTMENT_MOVED_BY_STAFF);
    }

    @Test
    void a_cancel_or_move_without_a_reason_is_refused() {
        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        assertThatThrownBy(() -> desk.cancel(ana, cdmx(), booked.code().value(), " "))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> desk.move(ana, cdmx(), booked.code().value(), MONDAY_HALF_PAST_NINE, null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
    }

    @Test
    void a_mistaken_check_in_is_undone_offering_check_in_again_and_audited() {
        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        agenda.checkIn(ana, cdmx(), booked.code().value(), "G1234567");
        assertThat(agenda.agendaDay(ana, cdmx(), LocalDate.of(2026, 11, 30)).entries().get(0).steps())
                .contains(AgendaStep.UNDO, AgendaStep.MARK_ATTENDED);

        desk.undo(ana, cdmx(), booked.code().value());

        assertThat(world.appointments.findByCode(booked.code()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(agenda.agendaDay(ana, cdmx(), LocalDate.of(2026, 11, 30)).entries().get(0).steps())
                .contains(AgendaStep.CHECK_IN).doesNotContain(AgendaStep.UNDO);
        assertThat(audited(AuditAction.AGENDA_STEP_UNDONE).detail()).isEqualTo("CHECK_IN undone");
    }

    @Test
    void staff_of_another_office_can_do_none_of_it_and_each_refusal_is_audited() {
        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        String code = booked.code().value();

        assertThatThrownBy(() -> desk.book(tomas, walkUp("G2222222", MONDAY_NINE)))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> desk.cancel(tomas, cdmx(), code, "x")).isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> desk.move(tomas, cdmx(), code, MONDAY_HALF_PAST_NINE, "x"))
                .isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> desk.undo(tomas, cdmx(), code)).isInstanceOf(OfficeAccessDeniedException.class);
        assertThatThrownBy(() -> desk.proof(tomas, cdmx(), code)).isInstanceOf(OfficeAccessDeniedException.class);

        assertThat(audit.all()).filteredOn(e -> e.action() == AuditAction.ACCESS_REFUSED).hasSize(5);
        assertThat(world.takenAt(MONDAY_NINE)).isEqualTo(1);
        assertThat(world.appointments.findByCode(booked.code()).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void the_free_times_staff_see_start_now_and_leave_out_full_ones() {
        desk.book(ana, walkUp("G2222222", MONDAY_HALF_PAST_NINE));
        desk.book(ana, walkUp("G3333333", MONDAY_HALF_PAST_NINE));

        var times = desk.freeTimes(ana, cdmx(), "CANJE-RT", LocalDate.of(2026, 11, 30));

        assertThat(times).extracting(s -> s.start().toInstant()).contains(MONDAY_NINE)
                .doesNotContain(MONDAY_HALF_PAST_NINE);
        assertThat(times).filteredOn(s -> s.start().toInstant().equals(MONDAY_NINE)).extracting(FreeSlot::remaining)
                .containsExactly(2);
        world.clock.set(MONDAY_NINE.plus(Duration.ofMinutes(1)));
        assertThat(desk.freeTimes(ana, cdmx(), "CANJE-RT", LocalDate.of(2026, 11, 30)))
                .extracting(s -> s.start().toInstant()).doesNotContain(MONDAY_NINE);
    }

    @Test
    void the_proof_is_printed_for_a_confirmed_appointment_and_its_look_is_audited() {
        Appointment booked = desk.book(ana, walkUp("G1234567", MONDAY_NINE));
        String proof = new String(desk.proof(ana, cdmx(), booked.code().value()), StandardCharsets.UTF_8);
        assertThat(proof).startsWith("PROOF " + booked.code().value()).contains("*****567");
        assertThat(audited(AuditAction.VIEWED_APPLICANT_DATA).detail()).isEqualTo("proof printed");
    }
}
