package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.regex.Pattern;

/**
 * The short number a person reads aloud and the call display shows, such as {@code A-017}: a letter for the kind of
 * visit and the visit's place in the office's day (unique in the office for that local day, from 001 at midnight).
 * Appointments use {@link #APPOINTMENTS}; each pool of walk-in tokens has its own letter.
 */
public record DisplayNumber(String value) {

    /** The letter of checked-in appointments ("cita"); no pool of walk-in tokens may use it. */
    public static final char APPOINTMENTS = 'C';
    /** Three digits, or four from 1000: one way of writing each number ({@code A-0017} is not {@code A-017}). */
    private static final Pattern FORMAT = Pattern.compile("[A-Z]-(?!000)([0-9]{3}|[1-9][0-9]{3})");

    public DisplayNumber {
        require(value != null && FORMAT.matcher(value).matches(), "displayNumber.malformed",
                "A display number is a capital letter, a dash and three or four digits, such as A-017");
    }

    /** The {@code sequence}-th number of the day with {@code letter}: {@code A-017}. */
    public static DisplayNumber of(char letter, int sequence) {
        require(sequence >= 1 && sequence <= 9999, "displayNumber.outOfRange",
                "A day has at most 9999 numbers of one letter");
        return new DisplayNumber(letter + "-" + String.format("%03d", sequence));
    }

    /** The number as typed by a person: "a17", "A 17" and "A-017" are one number. */
    public static DisplayNumber typed(String typed) {
        String compact = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        require(compact.matches("[A-Z][0-9]{1,4}"), "displayNumber.malformed",
                "A display number is a capital letter, a dash and three or four digits, such as A-017");
        return of(compact.charAt(0), Integer.parseInt(compact.substring(1)));
    }

    public char letter() {
        return value.charAt(0);
    }

    /** The number's place in the office's day among those of its letter, from 1. */
    public int sequence() {
        return Integer.parseInt(value.substring(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
