package mx.gob.inm.citas.application.port.in;

import java.util.Optional;
import mx.gob.inm.citas.domain.floor.ServiceWindow;
import mx.gob.inm.citas.domain.floor.Visit;
import mx.gob.inm.citas.domain.office.Office;

/**
 * A window as the person at it sees it: who has it open, the visit called to it or being served there, and how
 * many wait that it may serve.
 */
public record WindowDesk(Office office, ServiceWindow window, Optional<String> openedBy, Optional<Visit> current,
        int waiting) {
}
