package mx.gob.inm.citas.domain.shared;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rule for free text people type (applicants' names, staff's display names, offices, closure reasons,
 * procedures): one line, in Unicode's composed form (NFC), so that "é" typed as one character or as "e" and an
 * accent is the same name, found by the same search; and nothing that changes how the text reads once it is in a
 * mail, a page, a CSV or a spreadsheet (see {@link UnsafeTextException.Reason}).
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * The text stripped and in NFC, once it has some text, at most {@code maxLength} characters (counted after
     * normalising) and nothing unsafe.
     *
     * @throws UnsafeTextException at the first unsafe character
     */
    public static String line(String typed, String what, int maxLength) {
        return line(typed, "text", what, maxLength);
    }

    /**
     * As {@link #line(String, String, int)}, refused with codes about {@code subject} ({@code subject.blank},
     * {@code subject.tooLong}, {@code subject.unsafe.LINE_BREAK}...); {@code what} names it in English for logs.
     */
    public static String line(String typed, String subject, String what, int maxLength) {
        // checked before stripping: a line break or a tab at either end is refused, not silently dropped
        String text = requireText(safe(typed, subject, what), subject, what);
        if (text.length() > maxLength) {
            throw new InvalidValueException(subject + ".tooLong", what + " must have at most " + maxLength
                    + " characters", maxLength);
        }
        return text;
    }

    /**
     * {@code typed} stripped and in NFC (null stays null, for the caller's own "required" rule to refuse), once it
     * holds nothing unsafe.
     *
     * @throws UnsafeTextException at the first unsafe character
     */
    public static String safe(String typed, String what) {
        return safe(typed, "text", what);
    }

    /** As {@link #safe(String, String)}, refused with the code {@code subject.unsafe.}<i>reason</i>. */
    public static String safe(String typed, String subject, String what) {
        if (typed == null) {
            return null;
        }
        for (int i = 0; i < typed.length(); ) {
            int codePoint = typed.codePointAt(i);
            Optional<UnsafeTextException.Reason> unsafe = unsafe(codePoint);
            if (unsafe.isPresent()) {
                throw new UnsafeTextException(subject, what, unsafe.get(), codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
    }

    /**
     * {@code text} with every unsafe character replaced by U+FFFD (the replacement character): for text that must
     * be kept whatever it holds, such as the username someone tried to sign in with, and still must not reach a
     * log's export raw.
     */
    public static String defused(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder defused = new StringBuilder(text.length());
        text.codePoints().forEach(c -> defused.appendCodePoint(unsafe(c).isPresent() ? '\uFFFD' : c));
        return defused.toString();
    }

    /** Why {@code codePoint} is refused in typed text, if it is. */
    public static Optional<UnsafeTextException.Reason> unsafe(int codePoint) {
        if (isLineBreak(codePoint)) {
            return Optional.of(UnsafeTextException.Reason.LINE_BREAK);
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL) {
            return Optional.of(UnsafeTextException.Reason.CONTROL_CHARACTER);
        }
        if (isDirectionControl(codePoint)) {
            return Optional.of(UnsafeTextException.Reason.DIRECTION_CONTROL);
        }
        if (type == Character.SURROGATE) {
            return Optional.of(UnsafeTextException.Reason.BROKEN_CHARACTER);
        }
        return Optional.empty();
    }

    /** LF, CR, vertical tab, form feed, NEL and Unicode's line and paragraph separators. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /**
     * The invisible format characters of the bidirectional algorithm: the Arabic letter mark, the left-to-right
     * and right-to-left marks, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
     * Other format characters (such as the zero-width joiner some scripts and emoji need) are text.
     */
    private static boolean isDirectionControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
