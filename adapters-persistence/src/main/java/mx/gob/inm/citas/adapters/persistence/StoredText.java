package mx.gob.inm.citas.adapters.persistence;

import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * Reads a text column written before the domain refused control and direction characters in typed text: such a
 * stored name would now be refused by its value object on every load, and the agenda of its day, a list of
 * accounts or the anonymisation of old appointments would fail with it. A line break or another control character
 * reads as a space, a direction mark or half a character as nothing; the next save writes the text as read.
 */
final class StoredText {

    private StoredText() {
    }

    static String read(String stored) {
        if (stored == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(stored.length());
        stored.codePoints().forEach(c -> TypedText.unsafe(c).ifPresentOrElse(reason -> {
            switch (reason) {
                case LINE_BREAK, CONTROL_CHARACTER -> text.append(' ');
                case DIRECTION_CONTROL, BROKEN_CHARACTER -> {
                    // nothing to show in its place
                }
            }
        }, () -> text.appendCodePoint(c)));
        return text.toString();
    }
}
