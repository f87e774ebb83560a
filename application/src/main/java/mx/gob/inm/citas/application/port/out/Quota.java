package mx.gob.inm.citas.application.port.out;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of one kind of request one key (a client address, a passport, an e-mail address, a username) may make
 * in a period, e.g. {@code holds-per-client} = 10 per hour. Written in settings as {@code 10/1h}
 * (units {@code s}, {@code m}, {@code h}, {@code d}).
 */
public record Quota(String name, int allowance, Duration per) {

    private static final Pattern WRITTEN = Pattern.compile("\\s*([0-9]{1,9})\\s*/\\s*([0-9]{1,6})\\s*([smhd])\\s*");

    public Quota {
        if (name == null || name.isBlank() || allowance < 1 || per == null || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A quota needs a name, an allowance of at least 1 and a period");
        }
    }

    /** Reads {@code 10/1h}; anything else is refused with the setting's name. */
    public static Quota parse(String name, String written) {
        Matcher m = WRITTEN.matcher(written == null ? "" : written.toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Long.parseLong(m.group(2)) < 1) {
            throw new IllegalArgumentException("The limit " + name + " must be written like 10/1h (1 or more"
                    + " requests per 1 or more s, m, h or d), not '" + written + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        return new Quota(name, Integer.parseInt(m.group(1)), unit.multipliedBy(amount));
    }
}
