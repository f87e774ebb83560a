package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.ProcedureOutlook;
import mx.gob.inm.citas.domain.capacity.NextFreeDate;
import mx.gob.inm.citas.domain.capacity.SellOutForecast;

/** A procedure's outlook at one office: free places in the booking window, next free date, forecast sell-out. */
public final class OutlookLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String procedure;
    private final PlaceCells window;
    private final long nextFreeRank;
    private final String nextFreeText;
    private final String nextFreeDaysText;
    private final String bookingsPerDayText;
    private final String forecastText;
    private final LocalDate forecastDate;

    OutlookLine(ProcedureOutlook outlook, Figures figures, ProcedureNames procedures) {
        code = outlook.procedure().value();
        procedure = procedures.of(outlook.procedure());
        window = new PlaceCells(outlook.bookingWindow(), figures);
        nextFreeRank = outlook.nextFree().map(NextFreeDate::daysAway).orElse(Long.MAX_VALUE);
        nextFreeText = outlook.nextFree().map(n -> figures.date(n.date()))
                .orElseGet(() -> figures.text("console.dashboard.noneFree"));
        nextFreeDaysText = outlook.nextFree().map(n -> OfficeLine.daysAway(n.daysAway(), figures)).orElse("");
        SellOutForecast forecast = outlook.forecast();
        NumberFormat rate = NumberFormat.getNumberInstance(figures.numberLocale());
        rate.setMaximumFractionDigits(1);
        bookingsPerDayText = rate.format(forecast.bookingsPerDay());
        forecastDate = forecast.date().orElse(null);
        forecastText = switch (forecast.outlook()) {
            case FULL -> figures.text("console.dashboard.forecast.FULL");
            case SELLS_OUT -> figures.text("console.dashboard.forecast.SELLS_OUT", figures.date(forecastDate));
            case NO_DEMAND -> figures.text("console.dashboard.forecast.NO_DEMAND",
                    figures.count(SellOutForecast.DAYS_OBSERVED));
        };
    }

    public String getCode() {
        return code;
    }

    public String getProcedure() {
        return procedure;
    }

    public PlaceCells getWindow() {
        return window;
    }

    public long getNextFreeRank() {
        return nextFreeRank;
    }

    public String getNextFreeText() {
        return nextFreeText;
    }

    public String getNextFreeDaysText() {
        return nextFreeDaysText;
    }

    public String getBookingsPerDayText() {
        return bookingsPerDayText;
    }

    public String getForecastText() {
        return forecastText;
    }

    /** The day the free places run out at the recent rate (today when full); null without demand. */
    public LocalDate getForecastDate() {
        return forecastDate;
    }
}
