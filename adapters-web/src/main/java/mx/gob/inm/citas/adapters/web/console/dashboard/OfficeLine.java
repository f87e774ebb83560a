package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.OfficeRow;
import mx.gob.inm.citas.domain.capacity.CapacityAlert;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;

/**
 * One office of the national table: its places for the next 7 and 30 days, its next free date (for the chosen
 * procedure, else for the procedure where people wait longest), the last 28 days' attendance, its traffic light,
 * and its floor over the last 28 days and today.
 */
public final class OfficeLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String stateCode;
    private final String stateName;
    private final PlaceCells nextShort;
    private final PlaceCells nextLong;
    private final LocalDate nextFreeDate;
    private final long nextFreeRank;
    private final String nextFreeText;
    private final String nextFreeDaysText;
    private final String nextFreeProcedure;
    private final AttendanceCells past;
    private final CapacityAlert alert;
    private final String alertLabel;
    private final FloorCells floor;

    OfficeLine(OfficeRow row, Figures figures, ProcedureNames procedures, boolean procedureChosen) {
        id = row.office().value();
        name = row.name();
        stateCode = row.stateCode();
        stateName = row.stateName();
        nextShort = new PlaceCells(row.nextShortRange(), figures);
        nextLong = new PlaceCells(row.nextLongRange(), figures);
        nextFreeDate = row.nextFree().map(NextFreeDate::date).orElse(null);
        // none free in the booking window is the longest wait of all: it sorts after every date
        nextFreeRank = row.nextFree().map(NextFreeDate::daysAway).orElse(Long.MAX_VALUE);
        nextFreeText = row.nextFree().map(n -> figures.date(n.date()))
                .orElseGet(() -> figures.text("console.dashboard.noneFree"));
        nextFreeDaysText = row.nextFree().map(n -> daysAway(n.daysAway(), figures)).orElse("");
        nextFreeProcedure = procedureChosen ? null : row.nextFreeFor().map(procedures::of).orElse(null);
        past = new AttendanceCells(row.pastDays(), figures);
        alert = row.alert();
        alertLabel = figures.text("console.dashboard.alert." + alert.name());
        floor = new FloorCells(row.floor(), figures);
    }

    /** "hoy", "mañana", "en 14 días". */
    static String daysAway(long days, Figures figures) {
        if (days == 0) {
            return figures.text("console.dashboard.today");
        }
        if (days == 1) {
            return figures.text("console.dashboard.tomorrow");
        }
        return figures.text("console.dashboard.inDays", figures.count(days));
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getStateName() {
        return stateName;
    }

    public PlaceCells getNextShort() {
        return nextShort;
    }

    public PlaceCells getNextLong() {
        return nextLong;
    }

    /** Empty when no place is free in the booking window. */
    public LocalDate getNextFreeDate() {
        return nextFreeDate;
    }

    /** Days until the next free date, or {@link Long#MAX_VALUE} when none is free: what the column sorts by. */
    public long getNextFreeRank() {
        return nextFreeRank;
    }

    public String getNextFreeText() {
        return nextFreeText;
    }

    public String getNextFreeDaysText() {
        return nextFreeDaysText;
    }

    /** The procedure the date is of, when no procedure was chosen; null otherwise. */
    public String getNextFreeProcedure() {
        return nextFreeProcedure;
    }

    public AttendanceCells getPast() {
        return past;
    }

    public String getAlert() {
        return alert.name();
    }

    /** Red sorts first: the offices that need a supervisor now. */
    public int getAlertRank() {
        return CapacityAlert.values().length - 1 - alert.ordinal();
    }

    public String getAlertLabel() {
        return alertLabel;
    }

    public FloorCells getFloor() {
        return floor;
    }
}
