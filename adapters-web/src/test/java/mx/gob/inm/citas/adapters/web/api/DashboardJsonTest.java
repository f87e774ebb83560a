package mx.gob.inm.citas.adapters.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.adapters.web.api.DashboardJson.NationalJson;
import mx.gob.inm.citas.adapters.web.api.DashboardJson.OfficeDashboardJson;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.HourFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalQuery;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureOutlook;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.StaffRole;
import mx.gob.inm.citas.domain.staff.Username;
import org.junit.jupiter.api.Test;

/**
 * The staff dashboard API's JSON: ISO days of the office's calendar, times with the office's offset (Mexico City's
 * for the national view), ratios as numbers and null where there is no figure; and the resource refuses a caller
 * without a session, or a date that is no date, before any figure is read.
 */
class DashboardJsonTest {

    private static final Instant AS_OF = Instant.parse("2027-03-02T15:41:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 2);
    private static final ProcedureCode CANJE = new ProcedureCode("CANJE-RT");
    private static final OfficeId TIJUANA = new OfficeId("bc-tijuana");
    private static final ZoneId TIJUANA_ZONE = ZoneId.of("America/Tijuana");

    @Test
    void the_national_view_gives_each_office_and_the_totals_with_ratios_as_numbers_or_null() {
        OfficeRow row = new OfficeRow(TIJUANA, "Oficina Tijuana", "BC", "Baja California", TIJUANA_ZONE,
                new PlaceCounts(200, 50, 150), PlaceCounts.NONE, Optional.of(new NextFreeDate(TODAY.plusDays(2),
                        TODAY)), Optional.of(CANJE), new Attendance(3, 1, 2, 0), CapacityAlert.GREEN);
        NationalDashboard national = new NationalDashboard(AS_OF, new NationalQuery(Optional.of("BC"),
                Optional.empty()), List.of(row), row.nextShortRange(), row.nextLongRange(), row.pastDays());

        NationalJson json = NationalJson.of(national);

        assertThat(json.asOf()).isEqualTo("2027-03-02T09:41:00-06:00");
        assertThat(json.state()).isEqualTo("BC");
        assertThat(json.procedure()).isNull();
        assertThat(json.shortRangeDays()).isEqualTo(7);
        assertThat(json.longRangeDays()).isEqualTo(30);
        assertThat(json.pastDays()).isEqualTo(28);
        DashboardJson.OfficeRowJson office = json.offices().get(0);
        assertThat(office.officeId()).isEqualTo("bc-tijuana");
        assertThat(office.timeZone()).isEqualTo("America/Tijuana");
        assertThat(office.nextShortRange()).isEqualTo(new DashboardJson.PlacesJson(200, 50, 150, 0.25));
        assertThat(office.nextLongRange().utilisation()).as("nothing offered").isNull();
        assertThat(office.nextFreeDate()).isEqualTo("2027-03-04");
        assertThat(office.daysToNextFree()).isEqualTo(2L);
        assertThat(office.nextFreeProcedure()).isEqualTo("CANJE-RT");
        assertThat(office.pastDays()).isEqualTo(new DashboardJson.AttendanceJson(3, 1, 0.25, 2, 0));
        assertThat(office.alert()).isEqualTo("GREEN");
        assertThat(json.totalPastDays().noShowRate()).isEqualTo(0.25);
    }

    @Test
    void an_office_without_a_free_place_or_a_decided_appointment_has_nulls_not_zeros() {
        OfficeRow row = new OfficeRow(TIJUANA, "Oficina Tijuana", "BC", "Baja California", TIJUANA_ZONE,
                PlaceCounts.NONE, PlaceCounts.NONE, Optional.empty(), Optional.empty(), Attendance.NONE,
                CapacityAlert.RED);

        DashboardJson.OfficeRowJson json = DashboardJson.OfficeRowJson.of(row);

        assertThat(json.nextFreeDate()).isNull();
        assertThat(json.daysToNextFree()).isNull();
        assertThat(json.nextFreeProcedure()).isNull();
        assertThat(json.pastDays().noShowRate()).isNull();
        assertThat(json.nextShortRange().utilisation()).isNull();
    }

    @Test
    void the_office_view_tells_times_with_the_office_offset_on_both_sides_of_a_daylight_saving_switch() {
        // Tijuana moves from -08:00 to -07:00 on Sunday 14 March 2027
        LocalDate before = LocalDate.of(2027, 3, 13);
        LocalDate after = LocalDate.of(2027, 3, 15);
        OfficeDashboard office = new OfficeDashboard(TIJUANA, "Oficina Tijuana", TIJUANA_ZONE, AS_OF, before,
                after, Optional.empty(), List.of(CANJE),
                List.of(new DayFigures(before, Optional.empty(), new PlaceCounts(0, 0, 0), 0, 0, 0),
                        new DayFigures(after, Optional.of(CANJE), new PlaceCounts(10, 4, 6), 3, 1, 1)),
                List.of(new HourFigures(before, 9, 0, 0), new HourFigures(after, 9, 10, 4)),
                List.of(new ProcedureOutlook(CANJE, new PlaceCounts(100, 40, 60), Optional.empty(), 0,
                        SellOutForecast.of(0, 14, 60, TODAY))),
                List.of(new CapacitySnapshot(TIJUANA, CANJE, TODAY.minusDays(1), Instant.parse(
                        "2027-03-02T08:05:00Z"), Optional.empty(), 3, 1),
                        new CapacitySnapshot(TIJUANA, CANJE, TODAY.minusDays(2), Instant.parse(
                                "2027-03-01T08:05:00Z"), Optional.of(new CapacitySnapshot.Measured(100, 60,
                                        Optional.of(TODAY.plusDays(1)))), 5, 0)));

        OfficeDashboardJson json = OfficeDashboardJson.of(office);

        assertThat(json.asOf()).isEqualTo("2027-03-02T07:41:00-08:00");
        assertThat(json.from()).isEqualTo("2027-03-13");
        assertThat(json.to()).isEqualTo("2027-03-15");
        assertThat(json.procedure()).isNull();
        assertThat(json.procedures()).containsExactly("CANJE-RT");
        assertThat(json.days().get(0).procedure()).as("all procedures").isNull();
        assertThat(json.days().get(0).utilisation()).isNull();
        assertThat(json.days().get(0).noShowRate()).isNull();
        assertThat(json.days().get(1)).as("4 places taken there, 3 by exchanges").isEqualTo(new DashboardJson.DayJson("2027-03-15", "CANJE-RT", 10, 4, 6, 0.4,
                3, 1, 1, 0.5));
        assertThat(json.hours()).extracting(DashboardJson.HourJson::start)
                .containsExactly("2027-03-13T09:00:00-08:00", "2027-03-15T09:00:00-07:00");
        assertThat(json.hours().get(1).utilisation()).isEqualTo(0.4);
        DashboardJson.OutlookJson outlook = json.outlooks().get(0);
        assertThat(outlook.nextFreeDate()).isNull();
        assertThat(outlook.forecast()).isEqualTo(new DashboardJson.ForecastJson("NO_DEMAND", 0, 60, null));
        DashboardJson.SnapshotJson unmeasured = json.trend().get(0);
        assertThat(unmeasured.measured()).isFalse();
        assertThat(unmeasured.offeredPlaces()).isNull();
        assertThat(unmeasured.daysToNextFree()).isNull();
        assertThat(unmeasured.takenAt()).isEqualTo("2027-03-02T00:05:00-08:00");
        DashboardJson.SnapshotJson measured = json.trend().get(1);
        assertThat(measured.nextFreeDate()).isEqualTo("2027-03-03");
        assertThat(measured.daysToNextFree()).as("measured the morning of 1 March: 3 March is 2 days away").isEqualTo(2L);
        assertThat(measured.freePlaces()).isEqualTo(60L);
    }

    @Test
    void without_a_session_or_with_a_date_that_is_no_date_the_resource_refuses_before_reading_any_figure() {
        StaffDashboardResource resource = new StaffDashboardResource();
        CountingDashboards dashboards = new CountingDashboards();
        resource.dashboards = dashboards;
        StaffMember supervisor = StaffMember.create(Username.of("marta.sup"), "Marta", StaffRole.SUPERVISOR,
                Set.of(TIJUANA), "hash");
        resource.signIn = new StaffSignInUseCase() {
            @Override
            public Optional<StaffMember> signIn(String username, char[] password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StaffMember> current(String username) {
                return "marta.sup".equals(username) ? Optional.of(supervisor) : Optional.empty();
            }

            @Override
            public void signedOut(StaffMember member) {
                throw new UnsupportedOperationException();
            }
        };
        resource.security = new Caller(null);
        assertThatThrownBy(() -> resource.national(null, null)).isInstanceOf(StaffSignInRequiredException.class);
        assertThatThrownBy(() -> resource.office("bc-tijuana", null, null, null))
                .isInstanceOf(StaffSignInRequiredException.class);

        resource.security = new Caller(() -> "marta.sup");
        assertThatThrownBy(() -> resource.office("bc-tijuana", "2027-02-30", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'from'");
        assertThat(dashboards.calls).isZero();
    }

    private static final class CountingDashboards implements CapacityDashboardUseCase {

        int calls;

        @Override
        public NationalDashboard national(StaffMember member, NationalQuery query) {
            calls++;
            throw new UnsupportedOperationException();
        }

        @Override
        public OfficeDashboard office(StaffMember member, String officeId, OfficeQuery query) {
            calls++;
            throw new UnsupportedOperationException();
        }
    }

    private record Caller(Principal principal) implements SecurityContext {

        @Override
        public Principal getCallerPrincipal() {
            return principal;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return false;
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                AuthenticationParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void the_floor_gives_seconds_counts_and_shares_with_null_where_nothing_was_measured() {
        DurationFigures waits = new DurationFigures(
                3, Optional.of(Duration.ofSeconds(1200)), Optional.of(Duration.ofSeconds(2160)),
                Optional.of(Duration.ofSeconds(1320)));
        FloorFigures floor = new FloorFigures(
                new FloorVisits(4, 3, 3, 1, waits,
                        DurationFigures.NONE),
                new WalkInUse(3, 0));
        OfficeRow row = new OfficeRow(TIJUANA, "Oficina Tijuana", "BC", "Baja California", TIJUANA_ZONE,
                PlaceCounts.NONE, PlaceCounts.NONE, Optional.empty(), Optional.empty(), Attendance.NONE,
                CapacityAlert.RED, floor);

        DashboardJson.FloorJson json = DashboardJson.OfficeRowJson.of(row).floor();

        assertThat(json.visits().waiting()).isEqualTo(new DashboardJson.DurationsJson(3, 1200L, 2160L, 1320L));
        assertThat(json.visits().service()).as("nothing served: nulls").isEqualTo(
                new DashboardJson.DurationsJson(0, null, null, null));
        assertThat(json.visits().noShowRate()).isEqualTo(0.25);
        assertThat(json.walkInTokens()).as("no quota: no share").isEqualTo(new DashboardJson.TokensJson(3, 0, null));
        OfficeRow without = new OfficeRow(TIJUANA, "Oficina Tijuana", "BC", "Baja California", TIJUANA_ZONE,
                PlaceCounts.NONE, PlaceCounts.NONE, Optional.empty(), Optional.empty(), Attendance.NONE,
                CapacityAlert.RED);
        assertThat(DashboardJson.OfficeRowJson.of(without).floor().visits().visits()).isZero();
        NationalDashboard national = new NationalDashboard(AS_OF, NationalQuery.all(), List.of(row),
                PlaceCounts.NONE, PlaceCounts.NONE, Attendance.NONE, floor);
        assertThat(NationalJson.of(national).floorPastDays()).isEqualTo(28);
        assertThat(NationalJson.of(national).totalFloor()).isEqualTo(json);
    }
}
