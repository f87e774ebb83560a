package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.BookingServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import mx.gob.inm.citas.application.port.in.AgendaDay;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.AppointmentNotFoundException;
import mx.gob.inm.citas.domain.appointment.AppointmentRefusedException.Reason;
import mx.gob.inm.citas.domain.appointment.AppointmentStatus;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeNotFoundException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgendaServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    /** Monday 30 November 2026, 09:00 in Mexico City. */
    private static final Instant CDMX_NINE = Instant.parse("2026-11-30T15:00:00Z");
    /** Monday 30 November 2026, 09:00 in Tijuana. */
    private static final Instant TIJUANA_NINE = Instant.parse("2026-11-30T17:00:00Z");

    private final ConsoleWorld world = new ConsoleWorld();
    private final Appointment inCdmx = world.confirmed(1, world.cdmx, "G1234567", CDMX_NINE);
    private final Appointment inTijuana = world.confirmed(2, world.tijuana, "T7654321", TIJUANA_NINE);

    private String cdmx() {
        return world.cdmx.id().value();
    }

    private String tijuana() {
        return world.tijuana.id().value();
    }

    @Test
    void staff_of_one_office_can_neither_read_nor_change_another_and_each_refusal_is_audited() {
        StaffMember ana = world.cdmxStaff;
        String code = inTijuana.code().value();
        List<ThrowingCallable> attempts = List.of(
                () -> world.agenda.day(ana, tijuana(), MONDAY),
                () -> world.agenda.search(ana, tijuana(), code),
                () -> world.agenda.checkIn(ana, tijuana(), code, "T7654321"),
                () -> world.agenda.markAttended(ana, tijuana(), code),
                () -> world.agenda.markNoShow(ana, tijuana(), code));

        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                    .hasMessage("ana.lopez is not assigned to office bc-tijuana");
        }

        assertThat(world.audit.all()).hasSize(5).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.office()).isEqualTo(world.tijuana.id());
        });
        assertThat(world.stored(inTijuana).status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void a_supervisor_reads_the_agenda_but_cannot_check_anyone_in() {
        StaffMember sofia = world.cdmxSupervisor;
        String code = inCdmx.code().value();

        assertThat(world.agenda.day(sofia, cdmx(), MONDAY)).containsExactly(inCdmx);
        assertThat(world.agenda.search(sofia, cdmx(), code)).containsExactly(inCdmx);
        assertThatThrownBy(() -> world.agenda.checkIn(sofia, cdmx(), code, "G1234567"))
                .isInstanceOfSatisfying(OfficeAccessDeniedException.class, e -> assertThat(e.reason())
                        .isEqualTo(OfficeAccessDeniedException.Reason.READ_ONLY))
                .hasMessageContaining("not change anything");
        assertThatThrownBy(() -> world.agenda.markAttended(sofia, cdmx(), code))
                .isInstanceOf(OfficeAccessDeniedException.class);
        world.clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> world.agenda.markNoShow(sofia, cdmx(), code))
                .isInstanceOf(OfficeAccessDeniedException.class);

        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).hasSize(3)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("tried to change as SUPERVISOR"));
        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).hasSize(2);
    }

    @Test
    void the_day_says_which_steps_each_member_may_take_a_supervisor_none() {
        Appointment checkedIn = world.confirmed(9, world.cdmx, "G9000009", inCdmx.start());
        world.agenda.checkIn(world.cdmxStaff, cdmx(), checkedIn.code().value(), "G9000009");

        AgendaDay supervised = world.agenda.agendaDay(world.cdmxSupervisor, cdmx(), MONDAY);
        AgendaDay worked = world.agenda.agendaDay(world.cdmxStaff, cdmx(), MONDAY);

        assertThat(supervised.mayWork()).isFalse();
        assertThat(supervised.appointments()).containsExactlyInAnyOrder(inCdmx, checkedIn);
        assertThat(supervised.entries()).allSatisfy(e -> assertThat(e.steps()).isEmpty());
        assertThat(worked.mayWork()).isTrue();
        assertThat(worked.office()).isEqualTo(world.cdmx);
        assertThat(worked.entries()).anySatisfy(e -> {
            assertThat(e.appointment()).isEqualTo(inCdmx);
            assertThat(e.steps()).as("before it starts: staff may also move or cancel it for the applicant")
                    .containsExactlyInAnyOrder(AgendaStep.CHECK_IN, AgendaStep.MARK_NO_SHOW, AgendaStep.MOVE,
                            AgendaStep.CANCEL);
        }).anySatisfy(e -> {
            assertThat(e.appointment()).isEqualTo(checkedIn);
            assertThat(e.steps()).as("on its day, a check-in can be undone")
                    .containsExactlyInAnyOrder(AgendaStep.MARK_ATTENDED, AgendaStep.UNDO);
        });
        assertThat(world.agenda.agendaDay(world.admin, cdmx(), MONDAY).entries())
                .allSatisfy(e -> assertThat(e.steps()).isNotEmpty());
        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).as("each read of the day, audited").hasSize(3);
    }

    @Test
    void an_admin_reads_and_works_in_every_office() {
        assertThat(world.agenda.day(world.admin, tijuana(), MONDAY)).containsExactly(inTijuana);

        world.agenda.checkIn(world.admin, cdmx(), inCdmx.code().value(), "G1234567");
        world.agenda.markAttended(world.admin, cdmx(), inCdmx.code().value());

        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).isEmpty();
    }

    @Test
    void each_member_is_offered_the_offices_they_may_read() {
        assertThat(world.agenda.offices(world.cdmxStaff)).containsExactly(world.cdmx);
        assertThat(world.agenda.offices(world.cdmxSupervisor)).containsExactly(world.cdmx);
        assertThat(world.agenda.offices(world.admin)).containsExactlyInAnyOrder(world.cdmx, world.tijuana);
    }

    @Test
    void the_day_is_the_offices_local_day_by_start_time_without_unverified_or_expired_holds() {
        Office office = world.tijuana;
        // 16:00 on Monday in Tijuana is already Tuesday in UTC; 23:00 on Sunday there is Monday in UTC.
        Appointment lateMonday = world.confirmed(3, office, "T1000003", Instant.parse("2026-12-01T00:00:00Z"));
        world.confirmed(4, office, "T1000004", Instant.parse("2026-11-30T07:00:00Z"));
        world.confirmed(5, office, "T1000005", Instant.parse("2026-12-01T17:00:00Z"));
        Appointment checkedIn = world.confirmed(6, office, "T1000006", TIJUANA_NINE.minus(Duration.ofMinutes(30)));
        world.agenda.checkIn(world.tijuanaStaff, tijuana(), checkedIn.code().value(), "T1000006");
        holdNotVerified(7, office, "T1000007", TIJUANA_NINE.plus(Duration.ofHours(1)));
        Appointment expired = holdNotVerified(8, office, "T1000008", TIJUANA_NINE.plus(Duration.ofHours(2)));
        expired.expireIfDue(expired.holdExpiresAt());
        world.appointments.update(expired);

        List<Appointment> day = world.agenda.day(world.tijuanaStaff, tijuana(), MONDAY);

        assertThat(day).containsExactly(checkedIn, inTijuana, lateMonday);
        assertThat(day.get(0).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("tomas.rios");
            assertThat(e.office()).isEqualTo(office.id());
            assertThat(e.subject()).isEqualTo("agenda 2026-11-30");
            assertThat(e.detail()).isEqualTo("3 appointments");
        });
    }

    private Appointment holdNotVerified(int codeSeed, Office office, String passport, Instant start) {
        Appointment hold = Appointment.hold(ConfirmationCode.random(new Random(codeSeed)), office.id(),
                DomainFixtures.CANJE_RT, DomainFixtures.applicant(passport), start, Duration.ofMinutes(30),
                "123456", ConsoleWorld.NOW, Duration.ofMinutes(15));
        world.appointments.add(hold);
        return hold;
    }

    @Test
    void search_finds_by_confirmation_code_or_passport_number_however_typed() {
        String code = inCdmx.code().value();
        String typedCode = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();

        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), typedCode)).containsExactly(inCdmx);
        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), " g123-4567 ")).containsExactly(inCdmx);
        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), "nada")).isEmpty();

        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).extracting(AuditEntry::detail)
                .containsExactly("1 found", "1 found", "0 found");
    }

    @Test
    void search_never_shows_another_offices_appointment() {
        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), inTijuana.code().value())).isEmpty();
        assertThat(world.agenda.search(world.admin, cdmx(), "T7654321")).isEmpty();
    }

    @Test
    void a_passport_number_that_also_reads_as_a_confirmation_code_is_still_found() {
        String passportLikeACode = ConfirmationCode.random(new Random(99)).value();
        Appointment booked = world.confirmed(9, world.cdmx, passportLikeACode, CDMX_NINE.plusSeconds(1800));
        // and one whose passport number is another appointment's code: both are what was asked for
        String codeOfInCdmx = inCdmx.code().value();
        Appointment passportIsACode = world.confirmed(10, world.cdmx, codeOfInCdmx, CDMX_NINE.plusSeconds(3600));

        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), passportLikeACode)).containsExactly(booked);
        assertThat(world.agenda.search(world.cdmxStaff, cdmx(), codeOfInCdmx)).containsExactly(inCdmx,
                passportIsACode);
    }

    @Test
    void check_in_needs_the_passport_the_appointment_was_booked_with() {
        String code = inCdmx.code().value();

        assertRefused(() -> world.agenda.checkIn(world.cdmxStaff, cdmx(), code, "G7654321"), Reason.PASSPORT_MISMATCH);
        assertRefused(() -> world.agenda.checkIn(world.cdmxStaff, cdmx(), code, "¿?"), Reason.PASSPORT_MISMATCH);
        assertRefused(() -> world.agenda.checkIn(world.cdmxStaff, cdmx(), code, null), Reason.PASSPORT_MISMATCH);
        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.audited(AuditAction.CHECKED_IN)).isEmpty();

        Appointment checkedIn = world.agenda.checkIn(world.cdmxStaff, cdmx(), code, "g-1234567");

        assertThat(checkedIn.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(world.audited(AuditAction.CHECKED_IN)).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(code);
            assertThat(e.office()).isEqualTo(world.cdmx.id());
        });
    }

    @Test
    void check_in_is_only_on_the_day_of_the_appointment_in_the_offices_time_zone() {
        Appointment tuesday = world.confirmed(3, world.cdmx, "G1000003", CDMX_NINE.plus(Duration.ofDays(1)));
        // 16:00 on Monday in Tijuana, already Tuesday in UTC: still today for the office.
        Appointment lateToday = world.confirmed(4, world.tijuana, "T1000004", Instant.parse("2026-12-01T00:00:00Z"));

        assertRefused(() -> world.agenda.checkIn(world.cdmxStaff, cdmx(), tuesday.code().value(), "G1000003"),
                Reason.NOT_ALLOWED_NOW);
        assertThat(world.stored(tuesday).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        world.agenda.checkIn(world.tijuanaStaff, tijuana(), lateToday.code().value(), "T1000004");

        world.clock.advance(Duration.ofDays(1));
        world.agenda.checkIn(world.cdmxStaff, cdmx(), tuesday.code().value(), "G1000003");

        assertThat(world.stored(tuesday).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(world.stored(lateToday).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void a_checked_in_applicant_is_marked_attended() {
        String code = inCdmx.code().value();
        assertRefused(() -> world.agenda.markAttended(world.cdmxStaff, cdmx(), code), Reason.NOT_ALLOWED_NOW);

        world.agenda.checkIn(world.cdmxStaff, cdmx(), code, "G1234567");
        world.agenda.markAttended(world.cdmxStaff, cdmx(), code);

        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.ATTENDED);
        assertThat(world.audited(AuditAction.MARKED_ATTENDED)).singleElement().extracting(AuditEntry::subject)
                .isEqualTo(code);
    }

    @Test
    void a_no_show_is_marked_only_once_the_grace_period_after_the_start_has_passed() {
        String code = inCdmx.code().value();
        world.clock.advance(Duration.between(ConsoleWorld.NOW, CDMX_NINE).plus(ConsoleWorld.GRACE).minusSeconds(1));

        assertRefused(() -> world.agenda.markNoShow(world.cdmxStaff, cdmx(), code), Reason.NOT_ALLOWED_NOW);
        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(world.audited(AuditAction.MARKED_NO_SHOW)).isEmpty();

        world.clock.advance(Duration.ofSeconds(1));
        world.agenda.markNoShow(world.cdmxStaff, cdmx(), code);

        assertThat(world.stored(inCdmx).status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(world.audited(AuditAction.MARKED_NO_SHOW)).singleElement().extracting(AuditEntry::subject)
                .isEqualTo(code);
    }

    @Test
    void an_appointment_of_another_office_is_not_found_through_this_offices_agenda() {
        String code = inTijuana.code().value();
        world.clock.advance(Duration.ofHours(5));

        for (StaffMember member : List.of(world.admin, world.cdmxStaff)) {
            assertThatThrownBy(() -> world.agenda.checkIn(member, cdmx(), code, "T7654321"))
                    .isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> world.agenda.markAttended(member, cdmx(), code))
                    .isInstanceOf(AppointmentNotFoundException.class);
            assertThatThrownBy(() -> world.agenda.markNoShow(member, cdmx(), code))
                    .isInstanceOf(AppointmentNotFoundException.class);
        }
        assertThatThrownBy(() -> world.agenda.checkIn(world.cdmxStaff, cdmx(), "NOT-A-CODE", "T7654321"))
                .isInstanceOf(AppointmentNotFoundException.class);
        assertThat(world.stored(inTijuana).status()).isEqualTo(AppointmentStatus.CONFIRMED);
    }

    @Test
    void an_office_that_does_not_exist_is_not_found_and_staff_are_not_told_whether_it_exists() {
        assertThatThrownBy(() -> world.agenda.day(world.admin, "zz-ninguna", MONDAY))
                .isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> world.agenda.day(world.admin, "../cdmx", MONDAY))
                .isInstanceOf(OfficeNotFoundException.class);
        assertThatThrownBy(() -> world.agenda.day(world.cdmxStaff, "zz-ninguna", MONDAY))
                .isInstanceOf(OfficeAccessDeniedException.class);
    }

    @Test
    void the_audit_log_keeps_who_searched_and_for_which_code_but_never_a_passport_number() {
        String code = inCdmx.code().value();
        String passportLikeACode = ConfirmationCode.random(new Random(99)).value();
        world.confirmed(9, world.cdmx, passportLikeACode, CDMX_NINE.plusSeconds(1800));

        world.agenda.search(world.cdmxStaff, cdmx(), code.toLowerCase());
        world.agenda.search(world.cdmxStaff, cdmx(), " g123-4567 ");
        world.agenda.search(world.cdmxStaff, cdmx(), "X9999999");
        world.agenda.search(world.cdmxStaff, cdmx(), passportLikeACode);
        world.agenda.search(world.cdmxStaff, cdmx(), "Ana Pérez");

        List<AuditEntry> searches = world.audited(AuditAction.VIEWED_APPLICANT_DATA);
        assertThat(searches).extracting(AuditEntry::subject).containsExactly("search code " + code,
                "search passport *****567", "search passport *****999",
                "search passport *****" + passportLikeACode.substring(5),
                "search (neither a code nor a passport number)");
        assertThat(searches).extracting(AuditEntry::actor).containsOnly("ana.lopez");
        assertThat(searches).extracting(AuditEntry::detail).containsExactly("1 found", "1 found", "0 found",
                "1 found", "0 found");
        assertThat(world.audit.all()).noneSatisfy(e -> assertThat(e.subject() + e.detail()).containsAnyOf(
                "1234567", "9999999", passportLikeACode, "Pérez"));
    }
}
