package mx.gob.inm.citas.adapters.web.console.dashboard;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import mx.gob.inm.citas.adapters.web.pages.Texts;
import mx.gob.inm.citas.domain.office.ZoneName;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * How the dashboard writes its figures for a reader of {@code locale}: whole numbers with the locale's grouping,
 * ratios as percentages with one decimal, days as the locale writes dates, "—" where there is no figure. Spanish is
 * written as in Mexico (1,234.5), the country the pages serve.
 */
final class Figures {

    /** What a cell without a figure shows (nothing offered, nobody decided yet, nothing free). */
    static final String NONE = "—";

    private final Locale locale;
    private final Locale numbers;
    // made once per Figures: a refresh writes thousands of cells, on one thread (the formats are not thread-safe)
    private final NumberFormat counts;
    private final NumberFormat percents;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    // a text with arguments is one MessageFormat per key, not one per cell (the floor writes hundreds a refresh)
    private final Map<String, MessageFormat> formats = new HashMap<>();
    // each text written once and shared by every cell that shows it: the view keeps its lines for the tables' pages
    // and sorting (a thousand day lines in the office view, ten texts each), and most of their figures repeat
    private final Map<Long, String> countTexts = new HashMap<>();
    private final Map<Double, String> percentTexts = new HashMap<>();
    private final Map<LocalDate, String> shortDateTexts = new HashMap<>();

    Figures(Locale locale) {
        this.locale = locale;
        this.numbers = "es".equals(locale.getLanguage()) && locale.getCountry().isEmpty()
                ? Locale.forLanguageTag("es-MX") : locale;
        this.counts = NumberFormat.getIntegerInstance(numbers);
        this.percents = NumberFormat.getPercentInstance(numbers);
        percents.setMinimumFractionDigits(0);
        percents.setMaximumFractionDigits(1);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(numbers);
        this.shortDates = DateTimeFormatter.ofPattern("EEE d MMM", numbers);
    }

    Locale locale() {
        return locale;
    }

    /** The locale numbers are written in (es-MX for Spanish), e.g. for the charts' axes. */
    Locale numberLocale() {
        return numbers;
    }

    String count(long value) {
        return countTexts.computeIfAbsent(value, counts::format);
    }

    String percent(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return NONE;
        }
        return percentTexts.computeIfAbsent(ratio.getAsDouble(), percents::format);
    }

    /**
     * "12 min", "1 h 05 min", "menos de 1 min": a wait or a service to the nearest minute; "—" without a figure. A
     * duration below zero (two instances' clocks a little apart) is under a minute.
     */
    String duration(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return NONE;
        }
        long seconds = duration.get().toSeconds();
        if (seconds < 60) {
            return text("duration.underAMinute");
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return text("duration.minutes", String.valueOf(minutes));
        }
        return text("duration.hoursMinutes", String.valueOf(minutes / 60), String.format("%02d", minutes % 60));
    }

    /** Seconds for sorting; null (sorted apart) when there is no figure. */
    static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::toSeconds).orElse(null);
    }

    /** "2 mar. 2027" / "Mar 2, 2027". */
    String date(LocalDate day) {
        return day == null ? NONE : dates.format(day);
    }

    String date(Optional<LocalDate> day) {
        return date(day.orElse(null));
    }

    /** "mar 2 mar." / "Tue 2 Mar": a day in a narrow table or on a chart's axis. */
    String shortDate(LocalDate day) {
        return shortDateTexts.computeIfAbsent(day, shortDates::format);
    }

    /** "09:41" at {@code zone}. */
    String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    /** "hora del Centro (America/Mexico_City)": the zone as Mexicans name it, and its identifier for staff. */
    String zone(ZoneId zone) {
        return ZoneName.withId(zone, Language.fromTag(locale.toLanguageTag()).orElse(Language.SPANISH));
    }

    String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return Texts.text(locale, key);
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(Texts.text(locale, k), locale)).format(arguments);
    }

    /** Ratio as a number for sorting; null (sorted apart) when there is no figure. */
    static Double ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? ratio.getAsDouble() : null;
    }
}
