package mx.gob.inm.citas.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.gob.inm.citas.domain.appointment.AgendaStep;
import mx.gob.inm.citas.domain.appointment.Appointment;
import mx.gob.inm.citas.domain.office.Office;

/**
 * An office's day as one staff member may run it: its appointments by start, each with the agenda steps this member
 * may take on it ({@code mayWork} false, none at all: a supervisor reads the day and changes nothing).
 */
public record AgendaDay(Office office, LocalDate day, boolean mayWork, List<Entry> entries) {

    /** One appointment and the steps its status allows this member (each still checks its moment when taken). */
    public record Entry(Appointment appointment, Set<AgendaStep> steps) {

        public Entry {
            steps = Set.copyOf(steps);
        }
    }

    public AgendaDay {
        entries = List.copyOf(entries);
    }

    public List<Appointment> appointments() {
        return entries.stream().map(Entry::appointment).toList();
    }
}
