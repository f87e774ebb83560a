package mx.gob.inm.citas.domain.capacity;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Optional;

/**
 * When an office needs a supervisor: red when applicants wait more than {@code redDaysAway} days for the next free
 * place (or none is free in the booking window), or the next 7 days are booked above {@code redUtilisation}; amber
 * above the amber thresholds; green otherwise.
 */
public record CapacityAlertPolicy(int redDaysAway, double redUtilisation, int amberDaysAway,
        double amberUtilisation) {

    /** Red beyond 30 days or above 95 %; amber beyond 14 days or above 80 %. */
    public static final CapacityAlertPolicy STANDARD = new CapacityAlertPolicy(30, 0.95, 14, 0.80);

    public CapacityAlertPolicy {
        require(amberDaysAway >= 0 && amberDaysAway <= redDaysAway, "internal.alertDays",
                "Amber comes before red, in days");
        require(amberUtilisation > 0 && amberUtilisation <= redUtilisation && redUtilisation <= 1,
                "internal.alertUtilisation",
                "Amber comes before red, and utilisation is at most 100 %");
    }

    public CapacityAlert assess(Optional<NextFreeDate> nextFree, Utilisation nextSevenDays) {
        long daysAway = nextFree.map(NextFreeDate::daysAway).orElse(Long.MAX_VALUE);
        if (daysAway > redDaysAway || nextSevenDays.isAbove(redUtilisation)) {
            return CapacityAlert.RED;
        }
        if (daysAway > amberDaysAway || nextSevenDays.isAbove(amberUtilisation)) {
            return CapacityAlert.AMBER;
        }
        return CapacityAlert.GREEN;
    }
}
