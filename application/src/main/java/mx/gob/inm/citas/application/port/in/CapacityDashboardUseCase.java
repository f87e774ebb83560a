package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.FloorVisits;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.NoShowRate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.capacity.Utilisation;
import mx.gob.inm.citas.domain.capacity.WalkInUse;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: supervisors' capacity figures, for the offices a member may read ({@code mayRead}; asking for another
 * office is refused with {@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException} and audited). Every day is
 * an office-local day. "The next N days" are the office's days from today, counted from now on (a slot already
 * begun is not ahead); a day of the office view counts its whole day, so what was left empty shows. Free places
 * are always those an applicant can still book (see {@link PlaceCounts}). The floor's figures (visits, waits and
 * services, walk-in tokens) are those of the visit log, over past days and today ({@link FloorFigures}).
 */
public interface CapacityDashboardUseCase {

    /** Days of the future figures of the national view. */
    int SHORT_RANGE_DAYS = 7;
    int LONG_RANGE_DAYS = 30;
    /** Past days of the attendance figures. */
    int PAST_DAYS = 28;
    /** Past days of the backlog's trend. */
    int TREND_DAYS = 90;
    /** The longest range an office view covers. */
    int MAX_RANGE_DAYS = 120;
    /** Past days of the floor's figures of the national view, which also counts today (its visits so far). */
    int FLOOR_PAST_DAYS = 28;

    /**
     * An office's floor over some of its days (or the offices' together: their percentiles are taken over all their
     * visits): the visits ({@link FloorVisits}), and the walk-in tokens issued of the quota of those days
     * ({@link mx.gob.inm.citas.domain.capacity.WalkInQuota}: each pool's number as it is now, a day's own where it
     * has one, over the days the office was open or gave tokens). With a procedure chosen, its own visits, and the
     * tokens of the pool that serves it (shared with the pool's other procedures).
     */
    record FloorFigures(FloorVisits visits, WalkInUse walkIns) {

        public static final FloorFigures NONE = new FloorFigures(FloorVisits.NONE, WalkInUse.NONE);
    }

    /** A procedure's visits on an office's floor. */
    record ProcedureFloor(ProcedureCode procedure, FloorVisits visits) {
    }

    /**
     * A pool of walk-in tokens and its tokens issued of its quota; {@code procedures} are those it serves now (none
     * for a pool taken away since, whose tokens count with no quota).
     */
    record PoolFloor(char letter, Set<ProcedureCode> procedures, WalkInUse walkIns) {

        public PoolFloor {
            procedures = Set.copyOf(procedures);
        }
    }

    /**
     * The office view's floor: the days of the range up to today ({@code from} and {@code to} empty when the range
     * lies ahead), the office's figures, those of each procedure with visits (in code order) and of each pool.
     */
    record OfficeFloorFigures(Optional<LocalDate> from, Optional<LocalDate> to, FloorFigures total,
            List<ProcedureFloor> procedures, List<PoolFloor> pools) {

        public static final OfficeFloorFigures NONE = new OfficeFloorFigures(Optional.empty(), Optional.empty(),
                FloorFigures.NONE, List.of(), List.of());

        public OfficeFloorFigures {
            procedures = List.copyOf(procedures);
            pools = List.copyOf(pools);
        }
    }

    /** Filters of the national view: a state (its code, e.g. "QROO") and a procedure; empty means all. */
    record NationalQuery(Optional<String> state, Optional<String> procedure) {

        public static NationalQuery all() {
            return new NationalQuery(Optional.empty(), Optional.empty());
        }
    }

    /**
     * One office's row of the national view. {@code nextFreeFor}: the procedure the next free date is of;
     * {@code floor}: its floor over the last {@value #FLOOR_PAST_DAYS} days and today.
     */
    record OfficeRow(OfficeId office, String name, String stateCode, String stateName, ZoneId timeZone,
            PlaceCounts nextShortRange, PlaceCounts nextLongRange, Optional<NextFreeDate> nextFree,
            Optional<ProcedureCode> nextFreeFor, Attendance pastDays, CapacityAlert alert, FloorFigures floor) {

        /** A row without floor figures. */
        public OfficeRow(OfficeId office, String name, String stateCode, String stateName, ZoneId timeZone,
                PlaceCounts nextShortRange, PlaceCounts nextLongRange, Optional<NextFreeDate> nextFree,
                Optional<ProcedureCode> nextFreeFor, Attendance pastDays, CapacityAlert alert) {
            this(office, name, stateCode, stateName, timeZone, nextShortRange, nextLongRange, nextFree, nextFreeFor,
                    pastDays, alert, FloorFigures.NONE);
        }

        public OfficeRow withFloor(FloorFigures figures) {
            return new OfficeRow(office, name, stateCode, stateName, timeZone, nextShortRange, nextLongRange,
                    nextFree, nextFreeFor, pastDays, alert, figures);
        }
    }

    /**
     * The national view: one row per office the member may read that passes the filters, and their totals
     * ({@code totalFloor}: the percentiles over every visit of those offices).
     */
    record NationalDashboard(Instant asOf, NationalQuery query, List<OfficeRow> offices, PlaceCounts totalShortRange,
            PlaceCounts totalLongRange, Attendance totalPastDays, FloorFigures totalFloor) {

        /** A national view without floor figures. */
        public NationalDashboard(Instant asOf, NationalQuery query, List<OfficeRow> offices,
                PlaceCounts totalShortRange, PlaceCounts totalLongRange, Attendance totalPastDays) {
            this(asOf, query, offices, totalShortRange, totalLongRange, totalPastDays, FloorFigures.NONE);
        }
    }

    /**
     * Range of an office view: office-local days [{@code from}, {@code to}] and optionally one procedure; empty
     * dates mean the defaults (the last {@value #PAST_DAYS} days and the next {@value #LONG_RANGE_DAYS}).
     */
    record OfficeQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> procedure) {

        public static OfficeQuery defaults() {
            return new OfficeQuery(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * One day of one procedure (or of all, {@code procedure} empty). {@code places}: the day's places in the slots
     * that serve the procedure, booked by anyone, free where an applicant can still book ({@link PlaceCounts});
     * {@code appointments}, {@code attended} and {@code noShows}: the procedure's own appointments that hold or held a
     * place (a hold, confirmed, or served), those who came (checked in or attended) and those who did not.
     */
    record DayFigures(LocalDate day, Optional<ProcedureCode> procedure, PlaceCounts places, long appointments,
            long attended, long noShows) {

        public long offered() {
            return places.offered();
        }

        public long booked() {
            return places.booked();
        }

        public long free() {
            return places.free();
        }

        public Utilisation utilisation() {
            return places.utilisation();
        }

        public NoShowRate noShowRate() {
            return new NoShowRate(attended, noShows);
        }
    }

    /** Places offered and taken in one hour of one day (all procedures): the heat map's cell. */
    record HourFigures(LocalDate day, int hour, long offered, long booked) {

        public Utilisation utilisation() {
            return new Utilisation(booked, offered);
        }
    }

    /**
     * A procedure's outlook: its places in the booking window, next free date, the bookings made in the last
     * {@value SellOutForecast#DAYS_OBSERVED} office-local days (today not included) and the forecast sell-out date.
     */
    record ProcedureOutlook(ProcedureCode procedure, PlaceCounts bookingWindow, Optional<NextFreeDate> nextFree,
            long recentBookings, SellOutForecast forecast) {
    }

    /**
     * The office view. {@code days}: per day, a row for all procedures then one per procedure offered;
     * {@code hours}: the heat map; {@code trend}: the snapshots of the last {@value #TREND_DAYS} days;
     * {@code floor}: the floor of the range's days up to today.
     */
    record OfficeDashboard(OfficeId office, String name, ZoneId timeZone, Instant asOf, LocalDate from, LocalDate to,
            Optional<ProcedureCode> procedure, List<ProcedureCode> procedures, List<DayFigures> days,
            List<HourFigures> hours, List<ProcedureOutlook> outlooks, List<CapacitySnapshot> trend,
            OfficeFloorFigures floor) {

        /** An office view without floor figures. */
        public OfficeDashboard(OfficeId office, String name, ZoneId timeZone, Instant asOf, LocalDate from,
                LocalDate to, Optional<ProcedureCode> procedure, List<ProcedureCode> procedures,
                List<DayFigures> days, List<HourFigures> hours, List<ProcedureOutlook> outlooks,
                List<CapacitySnapshot> trend) {
            this(office, name, timeZone, asOf, from, to, procedure, procedures, days, hours, outlooks, trend,
                    OfficeFloorFigures.NONE);
        }
    }

    NationalDashboard national(StaffMember member, NationalQuery query);

    /**
     * @throws mx.gob.inm.citas.domain.shared.InvalidValueException when {@code to} is before {@code from} or the range
     *     is longer than {@value #MAX_RANGE_DAYS} days
     */
    OfficeDashboard office(StaffMember member, String officeId, OfficeQuery query);
}
