package mx.gob.inm.citas.adapters.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.inm.citas.application.port.in.CallBoard;

/**
 * What an office's call display shows: the latest calls (latest first: number, window, when, whether it was a
 * recall), how many people wait, and the position of the office's visit log it was read at. Only display numbers:
 * no names, passports or appointment codes. External clients rely on these member names: change them only in a new
 * version of the API.
 */
public record CallBoardJson(String officeId, String officeName, String timeZone, List<CallJson> calls, int waiting,
        long position) {

    /** How many of the latest calls a display shows. */
    public static final int CALLS = 6;

    /** {@code number} was called to {@code window} at {@code at} (with the office's UTC offset). */
    public record CallJson(String number, int window, String at, boolean recall) {
    }

    public CallBoardJson {
        calls = List.copyOf(calls);
    }

    static CallBoardJson of(CallBoard board) {
        ZoneId zone = board.office().timeZone();
        return new CallBoardJson(board.office().id().value(), board.office().name(), zone.getId(),
                board.calls().stream().map(c -> new CallJson(c.number().value(), c.window(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.at().atZone(zone)), c.recall())).toList(),
                board.waiting(), board.position());
    }

    /** The same members as JSON text, for the events of the stream (written as they are, without JSON-B). */
    String toJson() {
        JsonArrayBuilder calls = Json.createArrayBuilder();
        for (CallJson call : this.calls) {
            calls.add(Json.createObjectBuilder().add("number", call.number()).add("window", call.window())
                    .add("at", call.at()).add("recall", call.recall()));
        }
        return Json.createObjectBuilder().add("officeId", officeId).add("officeName", officeName)
                .add("timeZone", timeZone).add("calls", calls).add("waiting", waiting).add("position", position)
                .build().toString();
    }

    /**
     * A weak entity tag of this board: the log's position and the content (the day's calls are gone after the
     * office's midnight without the position moving), so a display that polls gets 304 while nothing changed.
     */
    String entityTag() {
        return "W/\"" + position + "-" + Integer.toHexString(toJson().hashCode()) + "\"";
    }
}
