package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.util.List;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.office.Office;

/**
 * What an office's call display shows: the latest calls (number to window, the latest first), how many wait, and
 * the length of the office's visit log it was read at (it grows with every step, so a display knows when to
 * read again). No names, passports or appointment codes: only display numbers.
 */
public record CallBoard(Office office, List<Call> calls, int waiting, long position) {

    /** {@code number} was called to {@code window} at {@code at}; {@code recall} when called again. */
    public record Call(DisplayNumber number, int window, Instant at, boolean recall) {
    }

    public CallBoard {
        calls = List.copyOf(calls);
    }
}
