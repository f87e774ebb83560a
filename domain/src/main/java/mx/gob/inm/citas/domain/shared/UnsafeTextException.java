package mx.gob.inm.citas.domain.shared;

import java.util.Locale;

/**
 * Typed text held a character that would change how the text reads once it leaves the form: a line break splits a
 * mail header or an export's row, a control character is invisible and may cut the text short, a direction mark
 * makes a name read differently from what is stored. The {@link #reason()} and the character let each adapter say
 * so in its own language.
 */
public class UnsafeTextException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** Why the character is refused; the order is the order in which {@link TypedText} looks. */
    public enum Reason {
        LINE_BREAK("a line break"),
        CONTROL_CHARACTER("an invisible control character"),
        DIRECTION_CONTROL("an invisible character that changes the direction of the text"),
        /** Half of a UTF-16 pair without its other half: no character at all. */
        BROKEN_CHARACTER("a broken character");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private final Reason reason;
    private final int codePoint;

    /** {@code what} names the text, such as "The given names". */
    public UnsafeTextException(String what, Reason reason, int codePoint) {
        this("text", what, reason, codePoint);
    }

    /** As the other constructor, with the code {@code subject.unsafe.}<i>reason</i>,
            such as {@code city.unsafe.LINE_BREAK}. */
    public UnsafeTextException(String subject, String what, Reason reason, int codePoint) {
        super(subject + ".unsafe." + reason.name(), what + " must not contain " + reason.words + " ("
                + notation(codePoint)
                + ")", notation(codePoint));
        this.reason = reason;
        this.codePoint = codePoint;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused character, as a code point. */
    public int codePoint() {
        return codePoint;
    }

    /** The refused character as Unicode writes it, such as {@code U+202E}: it cannot be shown as itself. */
    public String character() {
        return notation(codePoint);
    }

    private static String notation(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
