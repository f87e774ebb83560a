package mx.gob.inm.citas.application.port.in;

import java.util.List;

import mx.gob.inm.citas.application.port.in.ConfigureScheduleUseCase.Displaced;
import mx.gob.inm.citas.domain.shared.DomainException;

/** A new week was refused because it would drop booked appointments; {@link #displaced()} names them. */
public class ScheduleChangeRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Displaced> displaced;

    public ScheduleChangeRefusedException(List<Displaced> displaced) {
        super("schedule.dropsAppointments", "The new week would drop " + displaced.size()
                + " booked appointment(s): move or cancel them first,"
                + " or keep their slots and places.", displaced.size());
        this.displaced = List.copyOf(displaced);
    }

    /** The appointments it would drop, by start. */
    public List<Displaced> displaced() {
        return displaced == null ? List.of() : displaced;
    }
}
