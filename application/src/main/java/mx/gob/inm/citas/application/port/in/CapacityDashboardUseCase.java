package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.capacity.Attendance;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.CapacitySnapshot;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.NoShowRate;
import mx.gob.inm.citas.domain.capacity.PlaceCounts;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;
import mx.gob.inm.citas.domain.capacity.Utilisation;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;
import mx.gob.inm.citas.domain.staff.StaffMember;

/**
 * In-port: supervisors' capacity figures, for the offices a member may read ({@code mayRead}; asking for another
 * office is refused with {@link mx.gob.inm.citas.domain.staff.OfficeAccessDeniedException} and audited). Every day is
 * an office-local day. "The next N days" are the office's days from today, counted from now on (a slot already
 * begun is not ahead); a day of the office view counts its whole day, so what was left empty shows. Free places
 * are always those an applicant can still book (see {@link PlaceCounts}).
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

    /** Filters of the national view: a state (its code, e.g. "QROO") and a procedure; empty means all. */
    record NationalQuery(Optional<String> state, Optional<String> procedure) {

        public static NationalQuery all() {
            return new NationalQuery(Optional.empty(), Optional.empty());
        }
    }

    /** One office's row of the national view. {@code nextFreeFor}: the procedure the next free date is of. */
    record OfficeRow(OfficeId office, String name, String stateCode, String stateName, ZoneId timeZone,
            PlaceCounts nextShortRange, PlaceCounts nextLongRange, Optional<NextFreeDate> nextFree,
            Optional<ProcedureCode> nextFreeFor, Attendance pastDays, CapacityAlert alert) {
    }

    /** The national view: one row per office the member may read that passes the filters, and their totals. */
    record NationalDashboard(Instant asOf, NationalQuery query, List<OfficeRow> offices, PlaceCounts totalShortRange,
            PlaceCounts totalLongRange, Attendance totalPastDays) {
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
     * {@code hours}: the heat map; {@code trend}: the snapshots of the last {@value #TREND_DAYS} days.
     */
    record OfficeDashboard(OfficeId office, String name, ZoneId timeZone, Instant asOf, LocalDate from, LocalDate to,
            Optional<ProcedureCode> procedure, List<ProcedureCode> procedures, List<DayFigures> days,
            List<HourFigures> hours, List<ProcedureOutlook> outlooks, List<CapacitySnapshot> trend) {
    }

    NationalDashboard national(StaffMember member, NationalQuery query);

    /**
     * @throws mx.gob.inm.citas.domain.shared.InvalidValueException when {@code to} is before {@code from} or the range
     *     is longer than {@value #MAX_RANGE_DAYS} days
     */
    OfficeDashboard office(StaffMember member, String officeId, OfficeQuery query);
}
