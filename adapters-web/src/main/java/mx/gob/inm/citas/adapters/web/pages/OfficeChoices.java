package mx.gob.inm.citas.adapters.web.pages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;
import mx.gob.inm.citas.domain.schedule.OpeningPeriod;
import mx.gob.inm.citas.domain.schedule.WeeklySchedule;

/** The choices of the first step: states that have offices, an office's details, the procedures it serves. */
final class OfficeChoices {

    private OfficeChoices() {
    }

    /** A state of the republic in the state list. */
    public record StateOption(String code, String name) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** What the applicant sees of an office before choosing a procedure. */
    public record OfficeDetails(String name, String address, String city, String zone, List<String> hours)
            implements Serializable {

        public String getName() {
            return name;
        }

        public String getAddress() {
            return address;
        }

        public String getCity() {
            return city;
        }

        public String getZone() {
            return zone;
        }

        public List<String> getHours() {
            return hours;
        }
    }

    static List<StateOption> states(List<Office> offices) {
        Map<String, String> names = new LinkedHashMap<>();
        offices.forEach(o -> names.putIfAbsent(o.state().code(), o.state().name()));
        return names.entrySet().stream().map(e -> new StateOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(StateOption::name)).toList();
    }

    static OfficeDetails details(Office office, WeeklySchedule week) {
        List<String> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningPeriod> periods = week.periodsOn(day);
            if (!periods.isEmpty()) {
                String name = day.getDisplayName(TextStyle.FULL_STANDALONE, Texts.locale());
                hours.add(Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + periods.stream()
                        .map(p -> p.hours().start() + "–" + p.hours().end()).distinct()
                        .collect(Collectors.joining(", ")));
            }
        }
        return new OfficeDetails(office.name(), office.address(), office.city(), Texts.zoneName(office.timeZone()),
                hours);
    }

    /**
     * Online: the procedures the office's week serves and that can be booked online. In person: those the catalogue
     * marks as served only at the counter (walk-in tokens), which the page explains instead of hiding.
     */
    static List<Procedure> procedures(List<Procedure> catalogue, WeeklySchedule week, boolean online) {
        if (week == null) {
            return List.of();
        }
        return catalogue.stream()
                .filter(p -> online ? p.isBookableOnline() && week.offers(p.code()) : !p.isBookableOnline())
                .toList();
    }
}
