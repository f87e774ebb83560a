package mx.gob.inm.citas.adapters.web.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import mx.gob.inm.citas.adapters.web.export.Sheet;
import mx.gob.inm.citas.domain.office.Office;

/**
 * The day's agenda as a file: the columns of the page's table, and above them the office, the day, the zone the
 * times are in and when the file was made (at the office), so a printed or forwarded copy says what it is.
 */
final class AgendaExport {

    /** The page's texts: a message key and its arguments in, the text in the page's language out. */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... arguments);
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AgendaExport() {
    }

    /** The sheet {@code agenda-<office>-<day>} of {@code rows}, made at {@code generated}. */
    static Sheet sheet(Office office, LocalDate day, Instant generated, List<AgendaRow> rows, Labels texts) {
        List<String> preamble = List.of(texts.text("console.export.office", office.name(), office.id().value()),
                texts.text("console.export.day", day.toString()),
                texts.text("console.export.times", office.timeZone().getId()),
                texts.text("console.export.generated", MINUTE.format(generated.atZone(office.timeZone())) + " "
                        + office.timeZone().getId()));
        List<String> headers = List.of(texts.text("console.agenda.time"), texts.text("console.agenda.code"),
                texts.text("console.agenda.procedure"), texts.text("console.agenda.applicant"),
                texts.text("console.agenda.passport"), texts.text("console.agenda.nationality"),
                texts.text("console.agenda.status"));
        List<List<Object>> cells = rows.stream().map(r -> Arrays.<Object>asList(r.time(), r.code(), r.procedure(),
                r.applicant(), r.passport(), r.nationality(), r.statusLabel())).toList();
        return new Sheet("agenda-" + office.id().value() + "-" + day, preamble, headers, cells);
    }
}
