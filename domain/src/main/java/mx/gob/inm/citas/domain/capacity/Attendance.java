package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

/**
 * What became of the appointments of a range of past days: attended (the applicant came: checked in, or served),
 * no-shows, and those cancelled by the applicant or by the office.
 */
public record Attendance(long attended, long noShows, long cancelledByApplicant, long cancelledByOffice) {

    public static final Attendance NONE = new Attendance(0, 0, 0, 0);

    public Attendance {
        require(attended >= 0 && noShows >= 0 && cancelledByApplicant >= 0 && cancelledByOffice >= 0,
                "internal.negative",
                "Counts cannot be negative");
    }

    public Attendance plus(Attendance other) {
        return new Attendance(attended + other.attended, noShows + other.noShows,
                cancelledByApplicant + other.cancelledByApplicant, cancelledByOffice + other.cancelledByOffice);
    }

    public NoShowRate noShowRate() {
        return new NoShowRate(attended, noShows);
    }
}
