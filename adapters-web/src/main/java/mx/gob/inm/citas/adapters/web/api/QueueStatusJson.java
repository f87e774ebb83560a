package mx.gob.inm.citas.adapters.web.api;

import java.time.format.DateTimeFormatter;
import mx.gob.inm.citas.application.port.in.QueueStatus;
import mx.gob.inm.citas.domain.shared.Language;

/**
 * Where one number stands today at its office, for the person holding it: its state ({@code WAITING},
 * {@code CALLED}, {@code SERVING}, {@code FINISHED}, {@code NO_SHOW}, {@code WITHDRAWN}), the people ahead while it
 * waits, and the window once called. Nothing about the person. External clients rely on these member names.
 */
public record QueueStatusJson(String officeId, String number, String procedure, String procedureName, String status,
        int ahead, Integer window, String queuedAt) {

    static QueueStatusJson of(QueueStatus status, Language language) {
        return new QueueStatusJson(status.office().id().value(), status.number().value(),
                status.procedure().code().value(), status.procedure().name().in(language), status.status().name(),
                status.ahead(), status.window().orElse(null), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        status.queuedAt().atZone(status.office().timeZone())));
    }
}
