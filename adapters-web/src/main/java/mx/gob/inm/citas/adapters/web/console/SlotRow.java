package mx.gob.inm.citas.adapters.web.console;

import java.io.Serializable;
import java.util.List;

/**
 * One slot of the agenda's schedule view: its start in the office's zone, its places (0 for a time outside the
 * week, such as one booked before the week changed) and who is booked in it.
 */
public record SlotRow(String time, int places, List<AgendaRow> booked) implements Serializable {

    public String getTime() {
        return time;
    }

    public int getPlaces() {
        return places;
    }

    public List<AgendaRow> getBooked() {
        return booked;
    }

    /** Those booked here who took the place (a cancelled appointment gave it back). */
    public long getTaken() {
        return booked.stream().filter(b -> !"CANCELLED".equals(b.status())).count();
    }
}
