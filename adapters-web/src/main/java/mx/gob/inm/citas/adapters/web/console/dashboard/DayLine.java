package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.inm.citas.application.port.in.CapacityDashboardUseCase.DayFigures;
import mx.gob.inm.citas.domain.capacity.NoShowRate;
import mx.gob.inm.citas.domain.capacity.Utilisation;

/**
 * One day of one procedure (or of all) in the office view's table: the places of the slots that serve it (booked by
 * anyone), its own appointments, utilisation and attendance.
 */
public final class DayLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final String dayText;
    private final boolean allProcedures;
    private final String procedure;
    private final long offered;
    private final long booked;
    private final long free;
    private final long appointments;
    private final Double utilisation;
    private final long attended;
    private final long noShows;
    private final Double noShowRate;
    private final String offeredText;
    private final String bookedText;
    private final String freeText;
    private final String appointmentsText;
    private final String utilisationText;
    private final String attendedText;
    private final String noShowsText;
    private final String noShowRateText;

    DayLine(DayFigures figures, Figures format, ProcedureNames procedures) {
        Utilisation used = figures.utilisation();
        NoShowRate rate = figures.noShowRate();
        day = figures.day();
        dayText = format.shortDate(day);
        allProcedures = figures.procedure().isEmpty();
        procedure = procedures.of(figures.procedure());
        offered = figures.offered();
        booked = figures.booked();
        free = figures.free();
        appointments = figures.appointments();
        utilisation = Figures.ratio(used.ratio());
        attended = figures.attended();
        noShows = figures.noShows();
        noShowRate = Figures.ratio(rate.ratio());
        offeredText = format.count(offered);
        bookedText = format.count(booked);
        freeText = format.count(free);
        appointmentsText = format.count(appointments);
        utilisationText = format.percent(used.ratio());
        attendedText = format.count(attended);
        noShowsText = format.count(noShows);
        noShowRateText = format.percent(rate.ratio());
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDayText() {
        return dayText;
    }

    /** The row that sums every procedure of the day. */
    public boolean isAllProcedures() {
        return allProcedures;
    }

    public String getProcedure() {
        return procedure;
    }

    public long getOffered() {
        return offered;
    }

    public long getBooked() {
        return booked;
    }

    public long getFree() {
        return free;
    }

    /** The procedure's own appointments that hold or held a place (all procedures' on the row for all). */
    public long getAppointments() {
        return appointments;
    }

    public String getAppointmentsText() {
        return appointmentsText;
    }

    public Double getUtilisation() {
        return utilisation;
    }

    public long getAttended() {
        return attended;
    }

    public long getNoShows() {
        return noShows;
    }

    public Double getNoShowRate() {
        return noShowRate;
    }

    public String getOfferedText() {
        return offeredText;
    }

    public String getBookedText() {
        return bookedText;
    }

    public String getFreeText() {
        return freeText;
    }

    public String getUtilisationText() {
        return utilisationText;
    }

    public String getAttendedText() {
        return attendedText;
    }

    public String getNoShowsText() {
        return noShowsText;
    }

    public String getNoShowRateText() {
        return noShowRateText;
    }
}
