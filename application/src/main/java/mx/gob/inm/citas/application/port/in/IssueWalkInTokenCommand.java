package mx.gob.inm.citas.application.port.in;

import java.util.Objects;
import java.util.Optional;
import mx.gob.inm.citas.domain.floor.Priority;

/** A walk-in token asked for at reception: the procedure, the priority the law gives, and a name if given. */
public record IssueWalkInTokenCommand(String officeId, String procedureCode, Priority priority,
        Optional<String> personName) {

    public IssueWalkInTokenCommand {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(personName, "personName");
    }
}
