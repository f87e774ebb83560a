package mx.gob.inm.citas.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mandatory rest days of the Ley Federal del Trabajo, article 74, computed for any year: nobody has to
 * type them in, and no year is forgotten.
 */
public final class FederalRestDays {

    /** A rest day and its name, in Spanish as it is published. */
    public record RestDay(LocalDate date, String name) {
    }

    /** Since 2024 the presidential term starts on 1 October, every six years. */
    private static final int FIRST_OCTOBER_TRANSMISSION = 2024;

    private FederalRestDays() {
    }

    public static List<RestDay> of(int year) {
        List<RestDay> days = new ArrayList<>();
        days.add(new RestDay(LocalDate.of(year, Month.JANUARY, 1), "Año Nuevo"));
        days.add(new RestDay(nthMonday(year, Month.FEBRUARY, 1), "Día de la Constitución"));
        days.add(new RestDay(nthMonday(year, Month.MARCH, 3), "Natalicio de Benito Juárez"));
        days.add(new RestDay(LocalDate.of(year, Month.MAY, 1), "Día del Trabajo"));
        days.add(new RestDay(LocalDate.of(year, Month.SEPTEMBER, 16), "Día de la Independencia"));
        transmissionOfExecutivePower(year).ifPresent(days::add);
        days.add(new RestDay(nthMonday(year, Month.NOVEMBER, 3), "Día de la Revolución"));
        days.add(new RestDay(LocalDate.of(year, Month.DECEMBER, 25), "Navidad"));
        return List.copyOf(days);
    }

    /** The rest day falling on {@code day}, if any. */
    public static Optional<RestDay> on(LocalDate day) {
        return of(day.getYear()).stream().filter(r -> r.date().equals(day)).findFirst();
    }

    private static Optional<RestDay> transmissionOfExecutivePower(int year) {
        String name = "Transmisión del Poder Ejecutivo Federal";
        int distance = year - FIRST_OCTOBER_TRANSMISSION;
        if (distance >= 0 && distance % 6 == 0) {
            return Optional.of(new RestDay(LocalDate.of(year, Month.OCTOBER, 1), name));
        }
        if (distance < 0 && distance % 6 == 0) {
            // Before the 2024 reform the term started on 1 December.
            return Optional.of(new RestDay(LocalDate.of(year, Month.DECEMBER, 1), name));
        }
        return Optional.empty();
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
