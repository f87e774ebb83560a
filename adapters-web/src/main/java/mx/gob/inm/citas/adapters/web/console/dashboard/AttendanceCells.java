package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.io.Serializable;
import mx.gob.inm.citas.domain.capacity.Attendance;

/** What became of past appointments (attended, no-shows, the no-show rate, cancellations), as numbers and text. */
public final class AttendanceCells implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long attended;
    private final long noShows;
    private final Double noShowRate;
    private final long cancelledByApplicant;
    private final long cancelledByOffice;
    private final String attendedText;
    private final String noShowsText;
    private final String noShowRateText;
    private final String cancelledByApplicantText;
    private final String cancelledByOfficeText;

    AttendanceCells(Attendance attendance, Figures figures) {
        attended = attendance.attended();
        noShows = attendance.noShows();
        noShowRate = Figures.ratio(attendance.noShowRate().ratio());
        cancelledByApplicant = attendance.cancelledByApplicant();
        cancelledByOffice = attendance.cancelledByOffice();
        attendedText = figures.count(attended);
        noShowsText = figures.count(noShows);
        noShowRateText = figures.percent(attendance.noShowRate().ratio());
        cancelledByApplicantText = figures.count(cancelledByApplicant);
        cancelledByOfficeText = figures.count(cancelledByOffice);
    }

    public long getAttended() {
        return attended;
    }

    public long getNoShows() {
        return noShows;
    }

    /** No-shows ÷ (attended + no-shows); null when none was decided. */
    public Double getNoShowRate() {
        return noShowRate;
    }

    public long getCancelledByApplicant() {
        return cancelledByApplicant;
    }

    public long getCancelledByOffice() {
        return cancelledByOffice;
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

    public String getCancelledByApplicantText() {
        return cancelledByApplicantText;
    }

    public String getCancelledByOfficeText() {
        return cancelledByOfficeText;
    }
}
