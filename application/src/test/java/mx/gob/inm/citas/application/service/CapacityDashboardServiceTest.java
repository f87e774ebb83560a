package mx.gob.inm.citas.application.service;

import static mx.gob.inm.citas.domain.DomainFixtures.CANJE_RT;
import static mx.gob.inm.citas.domain.DomainFixtures.RENOV_RT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.HourFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureOutlook;
import mx.gob.inm.citas.domain.DomainFixtures;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.appointment.ConfirmationCode;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureNotFoundException;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.AuditAction;
import mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' figures on fakes, worked out by hand. Now is Monday 30 November 2026, 08:00 in Mexico City; both
 * offices open weekdays 09:00–14:30 in 11 slots of {@value ConsoleWorld#PLACES} places (33 a day) for CANJE-RT and
 * RENOV-RT; public bookings start 2 hours ahead.
 */
class CapacityDashboardServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final CapacityWorld world = new CapacityWorld();
    private final Office cdmx = world.cdmx;
    private final Office tijuana = world.tijuana;
    private final Office cancun = DomainFixtures.cancun();
    private StaffMember supervisor;

    @BeforeEach
    void a_supervisor_of_mexico_city_and_tijuana_and_a_third_office_they_do_not_serve() {
        world.offices.save(cancun);
        world.schedules.save(DomainFixtures.weekdays(cancun, ConsoleWorld.PLACES, CANJE_RT));
        supervisor = StaffMember.create(Username.of("marta.diaz"), "Marta Díaz", StaffRole.SUPERVISOR,
                Set.of(cdmx.id(), tijuana.id()), "hash");

        // Mexico City: on Tuesday two confirmed at 09:00 and one hold at 10:00
        world.book(cdmx, CANJE_RT, CapacityWorld.at(cdmx, TUESDAY, "09:00"), ConsoleWorld.NOW.minusSeconds(3 * 86400),
                true);
        world.book(cdmx, CANJE_RT, CapacityWorld.at(cdmx, TUESDAY, "09:00"), ConsoleWorld.NOW.minusSeconds(3 * 86400),
                true);
        world.book(cdmx, RENOV_RT, CapacityWorld.at(cdmx, TUESDAY, "10:00"), ConsoleWorld.NOW.minusSeconds(300),
                false);
        // ... and in the last 28 days: one attended, one no-show, one cancelled by the applicant, one by the office;
        // one attended 29 days ago does not count
        world.attended(cdmx, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 25), "10:00"));
        world.noShow(cdmx, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 26), "11:00"));
        world.cancelledByApplicant(cdmx, CANJE_RT, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 27), "09:00"),
                CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 20), "12:00"));
        world.cancelledByOffice(cdmx, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 27), "09:30"),
                CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 26), "12:00"));
        world.attended(cdmx, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 1), "10:00"));

        // Tijuana is full every weekday until Wednesday 6 January
        for (LocalDate day = MONDAY; !day.isAfter(LocalDate.of(2027, 1, 6)); day = day.plusDays(1)) {
            world.fill(tijuana, day);
        }
    }

    @Test
    void a_supervisor_sees_the_offices_assigned_to_them_and_no_other() {
        NationalDashboard national = world.dashboards.national(supervisor, NationalQuery.all());

        assertThat(national.offices()).extracting(OfficeRow::office).containsExactlyInAnyOrder(cdmx.id(),
                tijuana.id());
        assertThat(world.dashboards.national(world.admin, NationalQuery.all()).offices()).hasSize(3);
    }

    @Test
    void another_office_is_refused_and_the_refusal_audited() {
        assertThatThrownBy(() -> world.dashboards.office(supervisor, cancun.id().value(), OfficeQuery.defaults()))
                .isInstanceOf(OfficeAccessDeniedException.class);

        assertThat(world.audited(AuditAction.ACCESS_REFUSED)).singleElement()
                .satisfies(e -> assertThat(e.office()).isEqualTo(cancun.id()));
    }

    @Test
    void the_national_row_counts_places_of_the_next_7_and_30_days_from_now() {
        OfficeRow row = row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id());

        // Monday 30 November to Sunday 6 December: 5 weekdays x 33 = 165 places, 3 booked; today's 09:00 and 09:30
        // (6 places) are inside the 2 hours' lead: no longer free, and left empty
        assertThat(row.nextShortRange()).isEqualTo(new PlaceCounts(165, 3, 156));
        // to Tuesday 29 December: 22 weekdays, less Christmas Day (a federal rest day) = 21 x 33 = 693
        assertThat(row.nextLongRange()).isEqualTo(new PlaceCounts(693, 3, 684));
        // bookable from 10:00 today
        assertThat(row.nextFree()).hasValueSatisfying(next -> assertThat(next.daysAway()).isZero());
        assertThat(row.alert()).isEqualTo(CapacityAlert.GREEN);
    }

    @Test
    void the_national_row_counts_what_became_of_the_last_28_days() {
        OfficeRow row = row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id());

        assertThat(row.pastDays()).isEqualTo(new Attendance(1, 1, 1, 1));
        assertThat(row.pastDays().noShowRate().ratio()).hasValue(0.5);
    }

    @Test
    void a_no_show_marked_days_after_the_appointment_counts_at_the_next_read_and_days_gone_by_are_kept() {
        // Wednesday 25 November 12:00: confirmed, and nobody marked it on the day
        Appointment forgotten = world.book(cdmx, CANJE_RT, CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 25),
                "12:00"), CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 20), "12:00"), true);
        // past the margin of the changes made when the world was set up
        world.clock.advance(SettledDays.MARGIN.plusMinutes(1));
        assertThat(row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id()).pastDays())
                .isEqualTo(new Attendance(1, 1, 1, 1));
        // stored behind the figures' back (no change is logged when an appointment is added): the days gone by are
        // kept, so the next read does not see it
        Instant one = CapacityWorld.at(cdmx, LocalDate.of(2026, 11, 25), "13:00");
        Appointment served = Appointment.hold(ConfirmationCode.random(new Random(77)), cdmx.id(), CANJE_RT,
                DomainFixtures.applicant("P7654321"), one, Duration.ofMinutes(30), "123456",
                one.minus(Duration.ofDays(3)), Duration.ofMinutes(15));
        served.verify("123456", one.minus(Duration.ofDays(3)), 5);
        served.checkIn(served.applicant().passport(), one, cdmx.timeZone());
        served.markAttended();
        world.appointments.add(served);
        world.clock.advance(Duration.ofMinutes(30));
        assertThat(row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id()).pastDays())
                .isEqualTo(new Attendance(1, 1, 1, 1));

        // Monday morning the receptionist marks Wednesday's no-show: that day is read again, with all it holds
        world.agenda.markNoShow(world.cdmxStaff, cdmx.id().value(), forgotten.code().value());
        world.clock.advance(Duration.ofMinutes(1));

        assertThat(row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id()).pastDays())
                .isEqualTo(new Attendance(2, 2, 1, 1));
    }

    @Test
    void an_office_booked_solid_for_weeks_is_red_with_its_next_free_date_and_the_procedure_it_is_for() {
        OfficeRow row = row(world.dashboards.national(supervisor, NationalQuery.all()), tijuana.id());

        // Tijuana's first free place is on Thursday 7 January, 38 days away
        assertThat(row.nextFree()).hasValueSatisfying(next -> {
            assertThat(next.date()).isEqualTo(LocalDate.of(2027, 1, 7));
            assertThat(next.daysAway()).isEqualTo(38);
        });
        assertThat(row.nextFreeFor()).isPresent();
        assertThat(row.nextShortRange().utilisation().ratio()).hasValue(1.0);
        assertThat(row.alert()).isEqualTo(CapacityAlert.RED);
    }

    @Test
    void the_totals_add_up_the_rows_and_the_filters_pick_a_state_or_a_procedure() {
        NationalDashboard national = world.dashboards.national(supervisor, NationalQuery.all());
        assertThat(national.totalShortRange()).isEqualTo(new PlaceCounts(330, 168, 156));

        NationalDashboard baja = world.dashboards.national(supervisor,
                new NationalQuery(Optional.of(tijuana.state().code()), Optional.empty()));
        assertThat(baja.offices()).extracting(OfficeRow::office).containsExactly(tijuana.id());

        NationalDashboard renewals = world.dashboards.national(world.admin,
                new NationalQuery(Optional.empty(), Optional.of("RENOV-RT")));
        // Cancún does not offer RENOV-RT
        assertThat(renewals.offices()).extracting(OfficeRow::office).containsExactlyInAnyOrder(cdmx.id(),
                tijuana.id());
        assertThat(row(renewals, cdmx.id()).nextShortRange()).isEqualTo(new PlaceCounts(165, 3, 156));
        assertThat(row(renewals, cdmx.id()).pastDays()).isEqualTo(Attendance.NONE);

        assertThatThrownBy(() -> world.dashboards.national(supervisor,
                new NationalQuery(Optional.empty(), Optional.of("NO-EXISTE"))))
                .isInstanceOf(ProcedureNotFoundException.class);
    }

    @Test
    void the_office_view_has_a_row_per_day_for_all_procedures_and_one_per_procedure() {
        OfficeDashboard office = world.dashboards.office(supervisor, cdmx.id().value(), OfficeQuery.defaults());

        assertThat(office.from()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(office.to()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(office.procedures()).containsExactly(CANJE_RT, RENOV_RT);
        assertThat(day(office, TUESDAY, Optional.empty())).isEqualTo(
                new DayFigures(TUESDAY, Optional.empty(), new PlaceCounts(33, 3, 30), 3, 0, 0));
        // the slots serve both procedures: each sees all 3 places taken, and counts its own appointments
        assertThat(day(office, TUESDAY, Optional.of(CANJE_RT))).isEqualTo(
                new DayFigures(TUESDAY, Optional.of(CANJE_RT), new PlaceCounts(33, 3, 30), 2, 0, 0));
        assertThat(day(office, TUESDAY, Optional.of(RENOV_RT))).isEqualTo(
                new DayFigures(TUESDAY, Optional.of(RENOV_RT), new PlaceCounts(33, 3, 30), 1, 0, 0));
        // past days: offered as the week says, booked and served as happened, nothing free any more
        assertThat(day(office, LocalDate.of(2026, 11, 25), Optional.empty())).isEqualTo(
                new DayFigures(LocalDate.of(2026, 11, 25), Optional.empty(), new PlaceCounts(33, 1, 0), 1, 1, 0));
        assertThat(day(office, LocalDate.of(2026, 11, 26), Optional.empty())).isEqualTo(
                new DayFigures(LocalDate.of(2026, 11, 26), Optional.empty(), new PlaceCounts(33, 1, 0), 1, 0, 1));
        // today: the whole day offered, and free only from 10:00 (the lead time)
        assertThat(day(office, MONDAY, Optional.empty()).places()).isEqualTo(new PlaceCounts(33, 0, 27));
        // a Saturday offers nothing
        assertThat(day(office, LocalDate.of(2026, 11, 28), Optional.empty()).offered()).isZero();
    }

    @Test
    void the_heat_map_counts_places_per_hour_of_each_day() {
        OfficeDashboard office = world.dashboards.office(supervisor, cdmx.id().value(), OfficeQuery.defaults());

        // 09:00 and 09:30 make the 9 o'clock hour: 6 places, 2 taken; 10 o'clock: 6 places, the hold
        assertThat(office.hours()).contains(new HourFigures(TUESDAY, 9, 6, 2), new HourFigures(TUESDAY, 10, 6, 1));
        // 14:00 is the last slot
        assertThat(office.hours()).contains(new HourFigures(TUESDAY, 14, 3, 0));
    }

    @Test
    void the_outlook_counts_the_bookings_of_the_last_14_days_into_the_forecast() {
        OfficeDashboard office = world.dashboards.office(supervisor, cdmx.id().value(), OfficeQuery.defaults());

        ProcedureOutlook exchange = outlook(office, "CANJE-RT");
        // made in the 14 days before today: the two for Tuesday, and the attended, no-show and both cancelled ones
        assertThat(exchange.recentBookings()).isEqualTo(6);
        assertThat(exchange.nextFree()).hasValueSatisfying(next -> assertThat(next.date()).isEqualTo(MONDAY));
        // the window runs to Sunday 28 February: 64 weekdays less 25 December, 1 January and 1 February (Constitution
        // Day) = 61 days x 33, less today's 2 slots inside the lead (6 places) = 2,007 + 33 = 2,040; 3 taken: 2,037
        // free; at 6 bookings in 14 days they last 2,037 x 14 / 6 = 4,753 days
        assertThat(exchange.bookingWindow().free()).isEqualTo(2037);
        assertThat(exchange.forecast().outlook()).isEqualTo(SellOutForecast.Outlook.SELLS_OUT);
        assertThat(exchange.forecast().date()).hasValue(MONDAY.plusDays(4753));
        // today's hold is not in the look-back yet
        assertThat(outlook(office, "RENOV-RT").recentBookings()).isZero();

        ProcedureOutlook full = outlook(world.dashboards.office(supervisor, tijuana.id().value(),
                OfficeQuery.defaults()), "CANJE-RT");
        assertThat(full.nextFree()).hasValueSatisfying(next -> assertThat(next.daysAway()).isEqualTo(38));
    }

    @Test
    void in_the_afternoon_the_next_days_start_from_now_and_today_is_no_longer_bookable() {
        world.clock.set(CapacityWorld.at(cdmx, MONDAY, "13:00"));

        OfficeRow row = row(world.dashboards.national(supervisor, NationalQuery.all()), cdmx.id());

        // today's 13:00, 13:30 and 14:00 are ahead (9 places), none bookable (2 hours' lead: 15:00 is after closing);
        // then Tuesday to Friday, 4 x 33 = 132 places, 3 of them booked
        assertThat(row.nextShortRange()).isEqualTo(new PlaceCounts(141, 3, 129));
        assertThat(row.nextFree()).hasValueSatisfying(next -> assertThat(next.date()).isEqualTo(TUESDAY));
        OfficeDashboard office = world.dashboards.office(supervisor, cdmx.id().value(), OfficeQuery.defaults());
        assertThat(day(office, MONDAY, Optional.empty()).places()).isEqualTo(new PlaceCounts(33, 0, 0));
    }

    @Test
    void a_range_backwards_or_too_long_is_refused() {
        assertThatThrownBy(() -> world.dashboards.office(supervisor, cdmx.id().value(), new OfficeQuery(
                Optional.of(TUESDAY), Optional.of(MONDAY), Optional.empty())))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> world.dashboards.office(supervisor, cdmx.id().value(), new OfficeQuery(
                Optional.of(MONDAY), Optional.of(MONDAY.plusDays(200)), Optional.empty())))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_figures_of_one_procedure_leave_the_others_out() {
        OfficeDashboard office = world.dashboards.office(supervisor, cdmx.id().value(),
                new OfficeQuery(Optional.empty(), Optional.empty(), Optional.of("RENOV-RT")));

        assertThat(office.procedures()).containsExactly(RENOV_RT);
        // its own appointments; the places of its slots, which CANJE-RT shares
        assertThat(day(office, TUESDAY, Optional.empty()).appointments()).isEqualTo(1);
        assertThat(day(office, TUESDAY, Optional.empty()).booked()).isEqualTo(3);
        assertThat(office.outlooks()).extracting(ProcedureOutlook::procedure).containsExactly(RENOV_RT);
    }

    private static OfficeRow row(NationalDashboard national, OfficeId office) {
        return national.offices().stream().filter(r -> r.office().equals(office)).findFirst().orElseThrow();
    }

    private static DayFigures day(OfficeDashboard office, LocalDate day,
            Optional<mx.gob.inm.citas.domain.procedure.ProcedureCode> procedure) {
        return office.days().stream().filter(d -> d.day().equals(day) && d.procedure().equals(procedure))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + day + " " + procedure + " in "
                        + office.days().stream().map(DayFigures::day).collect(Collectors.toSet())));
    }

    private static ProcedureOutlook outlook(OfficeDashboard office, String procedure) {
        return office.outlooks().stream().filter(o -> o.procedure().value().equals(procedure)).findFirst()
                .orElseThrow();
    }
}
