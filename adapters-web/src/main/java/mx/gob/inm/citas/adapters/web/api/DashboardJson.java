package mx.gob.inm.citas.adapters.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.FloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.HourFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.NationalDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeDashboard;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeFloorFigures;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.PoolFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureFloor;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureOutlook;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.DurationFigures;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of the staff dashboard API (v1): days are ISO dates of the office's own calendar, times carry the
 * office's UTC offset (the national view's, Mexico City's), ratios are numbers between 0 and 1 and {@code null} where
 * there is no figure (nothing offered, nobody decided), as is every absent value: members are never left out.
 */
public final class DashboardJson {

    /** The national view's zone for its "as of". */
    static final ZoneId NATIONAL_ZONE = ZoneId.of("America/Mexico_City");

    private DashboardJson() {
    }

    @JsonbNillable
    @Schema(description = "Places of the slots from now on over some days, and booked ÷ offered")
    public record PlacesJson(long offered, long booked, long free,
            @Schema(nullable = true, description = "booked ÷ offered; null when nothing is offered") Double utilisation) {

        static PlacesJson of(PlaceCounts places) {
            return new PlacesJson(places.offered(), places.booked(), places.free(),
                    ratio(places.utilisation().ratio()));
        }
    }

    @JsonbNillable
    @Schema(description = "What became of the appointments of the past days")
    public record AttendanceJson(long attended, long noShows,
            @Schema(nullable = true, description = "noShows ÷ (attended + noShows); null when none was decided")
            Double noShowRate, long cancelledByApplicant, long cancelledByOffice) {

        static AttendanceJson of(Attendance attendance) {
            return new AttendanceJson(attendance.attended(), attendance.noShows(),
                    ratio(attendance.noShowRate().ratio()), attendance.cancelledByApplicant(),
                    attendance.cancelledByOffice());
        }
    }

    @JsonbNillable
    @Schema(description = "Waits or services on the floor, in seconds: how many were measured, the median, the 90th"
            + " percentile and the mean (null when none was)")
    public record DurationsJson(long measured, @Schema(nullable = true) Long p50, @Schema(nullable = true) Long p90,
            @Schema(nullable = true) Long mean) {

        static DurationsJson of(DurationFigures durations) {
            return new DurationsJson(durations.measured(), seconds(durations.median()), seconds(durations.p90()),
                    seconds(durations.mean()));
        }

        private static Long seconds(Optional<Duration> duration) {
            return duration.map(Duration::toSeconds).orElse(null);
        }
    }

    @JsonbNillable
    @Schema(description = "The floor's visits: those who joined the queue (walk-ins and checked-in appointments),"
            + " served at a window, called and not seen; the wait from the queue to the first call, the service at"
            + " the window")
    public record VisitsJson(long visits, long walkIns, long served, long noShows,
            @Schema(nullable = true, description = "noShows ÷ (served + noShows)") Double noShowRate,
            DurationsJson waiting, DurationsJson service) {

        static VisitsJson of(FloorVisits visits) {
            return new VisitsJson(visits.visits(), visits.walkIns(), visits.served(), visits.noShows(),
                    ratio(visits.noShowRate().ratio()), DurationsJson.of(visits.waiting()),
                    DurationsJson.of(visits.service()));
        }
    }

    @JsonbNillable
    @Schema(description = "Walk-in tokens issued of the quota of the same days (each pool's current daily number,"
            + " a day's own where it has one, over the days the office was open or gave tokens)")
    public record TokensJson(long issued, long quota,
            @Schema(nullable = true, description = "issued ÷ quota; null without a quota") Double share) {

        static TokensJson of(WalkInUse use) {
            return new TokensJson(use.issued(), use.quota(), ratio(use.share()));
        }
    }

    @JsonbNillable
    @Schema(description = "An office's floor (or the offices' together) over some of its days")
    public record FloorJson(VisitsJson visits, TokensJson walkInTokens) {

        static FloorJson of(FloorFigures floor) {
            return new FloorJson(VisitsJson.of(floor.visits()), TokensJson.of(floor.walkIns()));
        }
    }

    @JsonbNillable
    @Schema(description = "A procedure's visits on the floor")
    public record ProcedureFloorJson(String procedure, VisitsJson visits) {

        static ProcedureFloorJson of(ProcedureFloor floor) {
            return new ProcedureFloorJson(floor.procedure().value(), VisitsJson.of(floor.visits()));
        }
    }

    @JsonbNillable
    @Schema(description = "A pool of walk-in tokens (no procedures: taken away since) and its tokens of its quota")
    public record PoolJson(String letter, List<String> procedures, TokensJson walkInTokens) {

        static PoolJson of(PoolFloor pool) {
            return new PoolJson(String.valueOf(pool.letter()), pool.procedures().stream().map(ProcedureCode::value)
                    .sorted().toList(), TokensJson.of(pool.walkIns()));
        }
    }

    @JsonbNillable
    @Schema(description = "The office's floor over the range's days up to today (from and to null when the range"
            + " lies ahead)")
    public record OfficeFloorJson(@Schema(nullable = true) String from, @Schema(nullable = true) String to,
            FloorJson total, List<ProcedureFloorJson> procedures, List<PoolJson> pools) {

        static OfficeFloorJson of(OfficeFloorFigures floor) {
            return new OfficeFloorJson(date(floor.from()), date(floor.to()), FloorJson.of(floor.total()),
                    floor.procedures().stream().map(ProcedureFloorJson::of).toList(),
                    floor.pools().stream().map(PoolJson::of).toList());
        }
    }

    @JsonbNillable
    @Schema(description = "One office of the national view")
    public record OfficeRowJson(String officeId, String name, String state, String stateName, String timeZone,
            PlacesJson nextShortRange, PlacesJson nextLongRange,
            @Schema(nullable = true, description = "YYYY-MM-DD at the office; null when nothing is free in the"
                    + " booking window") String nextFreeDate,
            @Schema(nullable = true) Long daysToNextFree,
            @Schema(nullable = true, description = "the procedure the next free date is of (the one with the"
                    + " longest wait when none was asked for)") String nextFreeProcedure,
            AttendanceJson pastDays,
            @Schema(enumeration = {"GREEN", "AMBER", "RED"}) String alert,
            @Schema(description = "the office's floor over the last floorPastDays days and today") FloorJson floor) {

        static OfficeRowJson of(OfficeRow row) {
            return new OfficeRowJson(row.office().value(), row.name(), row.stateCode(), row.stateName(),
                    row.timeZone().getId(), PlacesJson.of(row.nextShortRange()), PlacesJson.of(row.nextLongRange()),
                    date(row.nextFree().map(NextFreeDate::date)), row.nextFree().map(NextFreeDate::daysAway)
                            .orElse(null), row.nextFreeFor().map(ProcedureCode::value).orElse(null),
                    AttendanceJson.of(row.pastDays()), row.alert().name(), FloorJson.of(row.floor()));
        }
    }

    @JsonbNillable
    @Schema(description = "The offices the member may read that pass the filters, and their totals")
    public record NationalJson(
            @Schema(description = "when the figures were read, with Mexico City's offset") String asOf,
            @Schema(nullable = true) String state, @Schema(nullable = true) String procedure,
            int shortRangeDays, int longRangeDays, int pastDays, List<OfficeRowJson> offices,
            PlacesJson totalNextShortRange, PlacesJson totalNextLongRange, AttendanceJson totalPastDays,
            int floorPastDays,
            @Schema(description = "the floor of the offices together: percentiles over all their visits")
            FloorJson totalFloor) {

        static NationalJson of(NationalDashboard national) {
            return new NationalJson(time(national.asOf(), NATIONAL_ZONE), national.query().state().orElse(null),
                    national.query().procedure().orElse(null), CapacityDashboardUseCase.SHORT_RANGE_DAYS,
                    CapacityDashboardUseCase.LONG_RANGE_DAYS, CapacityDashboardUseCase.PAST_DAYS,
                    national.offices().stream().map(OfficeRowJson::of).toList(),
                    PlacesJson.of(national.totalShortRange()), PlacesJson.of(national.totalLongRange()),
                    AttendanceJson.of(national.totalPastDays()), CapacityDashboardUseCase.FLOOR_PAST_DAYS,
                    FloorJson.of(national.totalFloor()));
        }
    }

    @JsonbNillable
    @Schema(description = "One office-local day of one procedure (procedure null: all procedures)")
    public record DayJson(String day, @Schema(nullable = true) String procedure,
            @Schema(description = "places of the slots that serve the procedure") long offered,
            @Schema(description = "of those, taken by anyone") long booked,
            @Schema(description = "of those, an applicant can still book") long free,
            @Schema(nullable = true) Double utilisation,
            @Schema(description = "the procedure's own appointments that hold or held a place") long appointments,
            long attended, long noShows, @Schema(nullable = true) Double noShowRate) {

        static DayJson of(DayFigures day) {
            return new DayJson(day.day().toString(), day.procedure().map(ProcedureCode::value).orElse(null),
                    day.offered(), day.booked(), day.free(), ratio(day.utilisation().ratio()), day.appointments(),
                    day.attended(), day.noShows(), ratio(day.noShowRate().ratio()));
        }
    }

    @JsonbNillable
    @Schema(description = "Places offered and booked in one hour of one day, all procedures")
    public record HourJson(String day, int hour,
            @Schema(description = "the hour's start with the office's offset") String start, long offered,
            long booked, @Schema(nullable = true) Double utilisation) {

        static HourJson of(HourFigures hour, ZoneId zone) {
            String start = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(hour.day().atTime(hour.hour(), 0)
                    .atZone(zone));
            return new HourJson(hour.day().toString(), hour.hour(), start, hour.offered(), hour.booked(),
                    ratio(hour.utilisation().ratio()));
        }
    }

    @JsonbNillable
    @Schema(description = "When the booking window fills at the recent rate of bookings")
    public record ForecastJson(@Schema(enumeration = {"FULL", "SELLS_OUT", "NO_DEMAND"}) String outlook,
            double bookingsPerDay, long freePlaces,
            @Schema(nullable = true, description = "null when there were no bookings lately") String date) {

        static ForecastJson of(SellOutForecast forecast) {
            return new ForecastJson(forecast.outlook().name(), forecast.bookingsPerDay(), forecast.freePlaces(),
                    DashboardJson.date(forecast.date()));
        }
    }

    @JsonbNillable
    @Schema(description = "A procedure's booking window, next free date and forecast")
    public record OutlookJson(String procedure, PlacesJson bookingWindow, @Schema(nullable = true) String nextFreeDate,
            @Schema(nullable = true) Long daysToNextFree, long recentBookings, ForecastJson forecast) {

        static OutlookJson of(ProcedureOutlook outlook) {
            return new OutlookJson(outlook.procedure().value(), PlacesJson.of(outlook.bookingWindow()),
                    date(outlook.nextFree().map(NextFreeDate::date)),
                    outlook.nextFree().map(NextFreeDate::daysAway).orElse(null), outlook.recentBookings(),
                    ForecastJson.of(outlook.forecast()));
        }
    }

    @JsonbNillable
    @Schema(description = "A procedure's backlog at the end of one day (measured: the nightly job saw the window)")
    public record SnapshotJson(String procedure, String day, String takenAt, boolean measured,
            @Schema(nullable = true) Long offeredPlaces, @Schema(nullable = true) Long freePlaces,
            @Schema(nullable = true) String nextFreeDate, @Schema(nullable = true) Long daysToNextFree,
            long bookings, long cancellations) {

        static SnapshotJson of(CapacitySnapshot snapshot, ZoneId zone) {
            Optional<CapacitySnapshot.Measured> measured = snapshot.measured();
            return new SnapshotJson(snapshot.procedure().value(), snapshot.day().toString(),
                    time(snapshot.takenAt(), zone), measured.isPresent(),
                    measured.map(CapacitySnapshot.Measured::offeredPlaces).orElse(null),
                    measured.map(CapacitySnapshot.Measured::freePlaces).orElse(null),
                    date(measured.flatMap(CapacitySnapshot.Measured::nextFreeDay)),
                    snapshot.daysToNextFree().orElse(null), snapshot.bookings(), snapshot.cancellations());
        }
    }

    @JsonbNillable
    @Schema(description = "One office over a range of its days")
    public record OfficeDashboardJson(String officeId, String name, String timeZone,
            @Schema(description = "when the figures were read, with the office's offset") String asOf, String from,
            String to, @Schema(nullable = true) String procedure, List<String> procedures,
            @Schema(description = "per day, all procedures (procedure null) then each procedure") List<DayJson> days,
            List<HourJson> hours, List<OutlookJson> outlooks,
            @Schema(description = "the snapshots of the last 90 days") List<SnapshotJson> trend,
            OfficeFloorJson floor) {

        static OfficeDashboardJson of(OfficeDashboard office) {
            ZoneId zone = office.timeZone();
            return new OfficeDashboardJson(office.office().value(), office.name(), zone.getId(),
                    time(office.asOf(), zone), office.from().toString(), office.to().toString(),
                    office.procedure().map(ProcedureCode::value).orElse(null),
                    office.procedures().stream().map(ProcedureCode::value).toList(),
                    office.days().stream().map(DayJson::of).toList(),
                    office.hours().stream().map(h -> HourJson.of(h, zone)).toList(),
                    office.outlooks().stream().map(OutlookJson::of).toList(),
                    office.trend().stream().map(s -> SnapshotJson.of(s, zone)).toList(),
                    OfficeFloorJson.of(office.floor()));
        }
    }

    static Double ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? ratio.getAsDouble() : null;
    }

    private static String date(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
