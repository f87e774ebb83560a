package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.application.service.ConsoleWorld.PLACES;
import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.Displaced;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.Displacement;
import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.ScheduleSheet;
import mx.gob.inm.citas.application.port.in.ScheduleChangeRefusedException;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.TimeRange;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;
import mx.gob.inm.citas.domain.shared.EditConflictException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.AuditEntry;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Changing an office's week in the console world (Mexico City and Tijuana open weekdays 09:00–14:30, 30-minute slots
 * of {@link ConsoleWorld#PLACES} places for CANJE-RT and RENOV-RT; it is Monday 08:00 in Mexico City).
 */
class ScheduleConfigurationServiceTest {

    /** 09:00 on Tuesday 1 December 2026 in Mexico City. */
    private static final Instant TUESDAY_NINE = Instant.parse("2026-12-01T15:00:00Z");

    private final ConsoleWorld world = new ConsoleWorld();
    private final WeeklySchedule before = world.schedules.findByOffice(world.cdmx.id());

    @Test
    void staff_of_another_office_can_neither_read_nor_change_its_week_and_each_refusal_is_audited() {
        List<ThrowingCallable> attempts = List.of(
                () -> world.weeks.schedule(world.tijuanaStaff, cdmx()),
                () -> world.weeks.displacedBy(world.tijuanaStaff, cdmx(), week(1, CANJE_RT)),
                () -> world.weeks.change(world.tijuanaStaff, cdmx(), week(1, CANJE_RT), 1));

        for (ThrowingCallable attempt : attempts) {
            assertThatThrownBy(attempt).isInstanceOf(OfficeAccessDeniedException.class)
                    .hasMessage("tomas.rios is not assigned to office cdmx-ciudad-de-mexico");
        }

        assertThat(world.audit.all()).hasSize(3).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.actor()).isEqualTo("tomas.rios");
            assertThat(e.office()).isEqualTo(world.cdmx.id());
        });
        assertWeekUnchanged();
    }

    @Test
    void a_supervisor_reads_the_week_but_cannot_change_it() {
        ScheduleSheet sheet = world.weeks.schedule(world.cdmxSupervisor, cdmx());

        assertThat(sheet.office()).isEqualTo(world.cdmx);
        assertThat(sheet.schedule()).isEqualTo(before);
        assertThat(sheet.revision()).isEqualTo(1);
        assertThatThrownBy(() -> world.weeks.displacedBy(world.cdmxSupervisor, cdmx(), week(1, CANJE_RT)))
                .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("not change anything");
        assertThatThrownBy(() -> world.weeks.change(world.cdmxSupervisor, cdmx(), week(1, CANJE_RT), 1))
                .isInstanceOf(OfficeAccessDeniedException.class).hasMessageContaining("not change anything");
        assertThat(world.audit.all()).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
            assertThat(e.detail()).isEqualTo("tried to change as SUPERVISOR");
        });
        assertWeekUnchanged();
    }

    @Test
    void fewer_places_than_are_booked_in_a_slot_is_refused_naming_everyone_booked_in_it() {
        Appointment second = confirmed(2, TUESDAY_NINE);
        Appointment first = confirmed(1, TUESDAY_NINE);
        Appointment held = hold(3, TUESDAY_NINE);
        Appointment alone = confirmed(4, TUESDAY_NINE.plus(Duration.ofMinutes(30)));

        Throwable refusal = catchRefusal(() -> world.weeks.change(world.cdmxStaff, cdmx(),
                week(2, CANJE_RT, RENOV_RT), 1));

        List<Displaced> displaced = ((ScheduleChangeRefusedException) refusal).displaced();
        assertThat(displaced).extracting(Displaced::appointment)
                .containsExactlyElementsOf(Stream.of(first, second, held)
                        .sorted((a, b) -> a.code().value().compareTo(b.code().value())).toList())
                .doesNotContain(alone);
        assertThat(displaced).extracting(Displaced::why, Displaced::booked, Displaced::places)
                .containsOnly(tuple(Displacement.TOO_FEW_PLACES, 3, 2));
        assertThat(refusal).hasMessageContaining("would drop 3 booked appointment(s)");
        assertWeekUnchanged();
        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).singleElement().satisfies(e -> {
            assertThat(e.office()).isEqualTo(world.cdmx.id());
            assertThat(e.detail()).isEqualTo("3 appointments it would drop");
        });
    }

    @Test
    void fewer_places_that_still_hold_everyone_booked_is_accepted_and_audited() {
        confirmed(1, TUESDAY_NINE);
        confirmed(2, TUESDAY_NINE);

        ScheduleSheet sheet = world.weeks.change(world.cdmxStaff, cdmx(), week(2, CANJE_RT, RENOV_RT), 1);

        assertThat(sheet.schedule()).isEqualTo(new WeeklySchedule(world.cdmx.id(), week(2, CANJE_RT, RENOV_RT)));
        assertThat(sheet.revision()).isEqualTo(2);
        assertThat(world.schedules.findByOffice(world.cdmx.id())).isEqualTo(sheet.schedule());
        assertThat(world.audited(AuditAction.SCHEDULE_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.office()).isEqualTo(world.cdmx.id());
            assertThat(e.subject()).isEqualTo(cdmx());
            assertThat(e.detail()).isEqualTo("5 periods; places reduced");
        });
        assertThat(world.audited(AuditAction.VIEWED_APPLICANT_DATA)).isEmpty();
    }

    @Test
    void a_slot_gone_from_under_an_appointment_is_named_as_no_slot() {
        Appointment tuesday = confirmed(1, TUESDAY_NINE);
        // 10:00 is no slot start in 45-minute slots from 09:00
        Appointment wednesdayTen = confirmed(2, TUESDAY_NINE.plus(Duration.ofHours(25)));
        List<OpeningPeriod> noTuesdayAndLongerSlots = Stream.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).map(day -> new OpeningPeriod(day, TimeRange.of("09:00", "14:30"),
                Duration.ofMinutes(45), PLACES, Set.of(CANJE_RT, RENOV_RT))).toList();

        List<Displaced> displaced = world.weeks.displacedBy(world.cdmxStaff, cdmx(), noTuesdayAndLongerSlots);

        assertThat(displaced).extracting(Displaced::appointment, Displaced::why, Displaced::booked, Displaced::places)
                .containsExactly(tuple(tuesday, Displacement.NO_SLOT, 1, 0),
                        tuple(wednesdayTen, Displacement.NO_SLOT, 1, 0));
        assertThatThrownBy(() -> world.weeks.change(world.cdmxStaff, cdmx(), noTuesdayAndLongerSlots, 1))
                .isInstanceOf(ScheduleChangeRefusedException.class);
        assertWeekUnchanged();
    }

    @Test
    void a_procedure_no_longer_served_names_only_those_booked_for_it() {
        Appointment renewal = world.booked(1, world.cdmx, RENOV_RT, "G1000001", TUESDAY_NINE, true);
        Appointment exchange = confirmed(2, TUESDAY_NINE);

        assertThatThrownBy(() -> world.weeks.change(world.cdmxStaff, cdmx(), week(PLACES, CANJE_RT), 1))
                .isInstanceOfSatisfying(ScheduleChangeRefusedException.class, e -> assertThat(e.displaced())
                        .extracting(Displaced::appointment, Displaced::why, Displaced::booked, Displaced::places)
                        .containsExactly(tuple(renewal, Displacement.PROCEDURE_NOT_SERVED, 2, PLACES)));

        assertWeekUnchanged();
        assertThat(world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(PLACES, CANJE_RT)))
                .extracting(Displaced::appointment).doesNotContain(exchange);
    }

    @Test
    void those_who_lose_their_procedure_do_not_count_against_the_places_of_the_others() {
        world.booked(1, world.cdmx, RENOV_RT, "G1000001", TUESDAY_NINE, true);
        confirmed(2, TUESDAY_NINE);
        confirmed(3, TUESDAY_NINE);

        assertThat(world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(2, CANJE_RT)))
                .extracting(Displaced::why).containsExactly(Displacement.PROCEDURE_NOT_SERVED);
        assertThat(world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(1, CANJE_RT)))
                .extracting(Displaced::why, Displaced::booked, Displaced::places).containsExactlyInAnyOrder(
                        tuple(Displacement.PROCEDURE_NOT_SERVED, 3, 1), tuple(Displacement.TOO_FEW_PLACES, 2, 1),
                        tuple(Displacement.TOO_FEW_PLACES, 2, 1));
    }

    @Test
    void cancelled_expired_already_started_and_other_offices_appointments_do_not_hold_a_change_back() {
        Appointment cancelled = confirmed(1, TUESDAY_NINE);
        cancelled.cancelByOffice(Instant.parse("2026-01-01T00:00:00Z"));
        world.appointments.update(cancelled);
        Appointment expired = hold(2, TUESDAY_NINE);
        expired.expireIfDue(expired.holdExpiresAt());
        world.appointments.update(expired);
        confirmed(3, ConsoleWorld.NOW.minus(Duration.ofMinutes(1)));
        world.booked(4, world.tijuana, CANJE_RT, "G1000004", Instant.parse("2026-12-01T17:00:00Z"), true);

        ScheduleSheet closed = world.weeks.change(world.cdmxStaff, cdmx(), List.of(), 1);

        assertThat(closed.schedule().periods()).isEmpty();
        assertThat(world.audited(AuditAction.SCHEDULE_CHANGED)).singleElement()
                .extracting(AuditEntry::detail).isEqualTo("0 periods; places reduced");
    }

    @Test
    void each_appointment_is_placed_in_the_week_at_its_local_time_in_the_offices_zone() {
        // 09:00 on Tuesday in Tijuana (UTC-8); 11:00 in Mexico City, 17:00 in UTC
        world.booked(1, world.tijuana, CANJE_RT, "G1000001", Instant.parse("2026-12-01T17:00:00Z"), true);
        List<OpeningPeriod> mornings = DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day,
                TimeRange.of("09:00", "11:00"), Duration.ofMinutes(30), PLACES, Set.of(CANJE_RT))).toList();

        ScheduleSheet sheet = world.weeks.change(world.tijuanaStaff, world.tijuana.id().value(), mornings, 1);

        assertThat(sheet.schedule().periods()).hasSize(5);
        List<OpeningPeriod> fromEleven = DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day,
                TimeRange.of("11:00", "14:30"), Duration.ofMinutes(30), PLACES, Set.of(CANJE_RT))).toList();
        assertThat(world.weeks.displacedBy(world.tijuanaStaff, world.tijuana.id().value(), fromEleven))
                .extracting(Displaced::why).containsExactly(Displacement.NO_SLOT);
    }

    @Test
    void a_week_read_before_someone_elses_change_is_refused_as_an_edit_conflict() {
        long read = world.weeks.schedule(world.admin, cdmx()).revision();
        ScheduleSheet theirs = world.weeks.change(world.cdmxStaff, cdmx(), week(PLACES, CANJE_RT), read);

        assertThatThrownBy(() -> world.weeks.change(world.admin, cdmx(), week(PLACES + 1, CANJE_RT, RENOV_RT), read))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("the week of office " + cdmx());

        assertThat(world.weeks.schedule(world.admin, cdmx())).isEqualTo(theirs);
        assertThat(theirs.revision()).isEqualTo(read + 1);
        assertThat(world.audited(AuditAction.SCHEDULE_CHANGED)).extracting(AuditEntry::actor)
                .containsExactly("ana.lopez");
    }

    @Test
    void overlapping_periods_and_procedures_not_in_the_catalogue_are_refused_by_name() {
        List<OpeningPeriod> overlapping = List.of(
                new OpeningPeriod(DayOfWeek.MONDAY, TimeRange.of("09:00", "12:00"), Duration.ofMinutes(30), 1,
                        Set.of(CANJE_RT)),
                new OpeningPeriod(DayOfWeek.MONDAY, TimeRange.of("11:30", "14:00"), Duration.ofMinutes(30), 1,
                        Set.of(CANJE_RT)));
        ProcedureCode unknown = new ProcedureCode("NO-SUCH");

        assertThatThrownBy(() -> world.weeks.change(world.cdmxStaff, cdmx(), overlapping, 1))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> world.weeks.change(world.cdmxStaff, cdmx(), week(1, CANJE_RT, unknown), 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The procedure NO-SUCH is not in the catalogue");
        assertThatThrownBy(() -> world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(1, unknown)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NO-SUCH");

        assertWeekUnchanged();
        assertThat(world.audit.all()).isEmpty();
    }

    @Test
    void looking_at_what_a_week_would_drop_changes_nothing_and_is_audited_only_when_it_names_someone() {
        assertThat(world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(1, CANJE_RT))).isEmpty();
        assertThat(world.audit.all()).isEmpty();

        confirmed(1, TUESDAY_NINE);
        confirmed(2, TUESDAY_NINE);

        assertThat(world.weeks.displacedBy(world.cdmxStaff, cdmx(), week(1, CANJE_RT))).hasSize(2);
        assertThat(world.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.VIEWED_APPLICANT_DATA);
            assertThat(e.actor()).isEqualTo("ana.lopez");
            assertThat(e.subject()).isEqualTo("new week");
        });
        assertWeekUnchanged();
    }

    // ---- helpers ----

    private String cdmx() {
        return world.cdmx.id().value();
    }

    /** Weekdays 09:00–14:30 in 30-minute slots, as now, with another number of places or procedures. */
    private static List<OpeningPeriod> week(int places, ProcedureCode... procedures) {
        return DomainFixtures.WEEKDAYS.stream().map(day -> new OpeningPeriod(day, TimeRange.of("09:00", "14:30"),
                Duration.ofMinutes(30), places, Set.of(procedures))).toList();
    }

    private Appointment confirmed(int seed, Instant start) {
        return world.confirmed(seed, world.cdmx, "G100000" + seed, start);
    }

    private Appointment hold(int seed, Instant start) {
        return world.booked(seed, world.cdmx, CANJE_RT, "G100000" + seed, start, false);
    }

    private static Throwable catchRefusal(ThrowingCallable change) {
        Throwable thrown = catchThrowable(change);
        assertThat(thrown).isInstanceOf(ScheduleChangeRefusedException.class);
        return thrown;
    }

    private void assertWeekUnchanged() {
        assertThat(world.schedules.findByOffice(world.cdmx.id())).isEqualTo(before);
        assertThat(world.schedules.revision(world.cdmx.id())).isEqualTo(1);
        assertThat(world.audited(AuditAction.SCHEDULE_CHANGED)).isEmpty();
    }
}
