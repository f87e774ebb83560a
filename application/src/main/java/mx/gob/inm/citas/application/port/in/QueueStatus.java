package mx.gob.inm.citas.application.port.in;

import java.time.Instant;
import java.util.Optional;
import mx.gob.inm.citas.domain.floor.DisplayNumber;
import mx.gob.inm.citas.domain.floor.VisitStatus;
import mx.gob.inm.citas.domain.office.Office;
import mx.gob.inm.citas.domain.procedure.Procedure;

/**
 * Where one visit stands today, for the person holding its number: people ahead, and the window once called.
 * Nothing about the person.
 */
public record QueueStatus(Office office, DisplayNumber number, Procedure procedure, VisitStatus status,
        int ahead, Optional<Integer> window, Instant queuedAt) {
}
