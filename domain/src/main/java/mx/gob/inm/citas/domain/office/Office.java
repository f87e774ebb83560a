package mx.gob.inm.citas.domain.office;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;
import static mx.gob.inm.citas.domain.shared.InvalidValueException.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An INM office where applicants are served.
 *
 * <p>Lifecycle: {@link #create created} active by an administrator (or the demo seed), it may be
 * {@link #deactivate() deactivated} so the public no longer sees it, and {@link #activate() activated} again.
 * Every time an applicant sees for this office is shown in its own {@link #timeZone() time zone}.
 */
public final class Office {

    private final OfficeId id;
    private final String name;
    private final State state;
    private final String city;
    private final String address;
    private final ZoneId timeZone;
    private boolean active;

    private Office(OfficeId id, String name, State state, String city, String address, ZoneId timeZone,
            boolean active) {
        this.id = requirePresent(id, "Office id");
        this.name = requireText(name, "Office name");
        this.state = requirePresent(state, "State");
        this.city = requireText(city, "City");
        this.address = requireText(address, "Address");
        this.timeZone = requirePresent(timeZone, "Time zone");
        this.active = active;
    }

    /** A new office, open to the public. */
    public static Office create(OfficeId id, String name, State state, String city, String address,
            ZoneId timeZone) {
        return new Office(id, name, state, city, address, timeZone, true);
    }

    /** Rebuilds an office from storage; applies the same checks as {@link #create}. */
    public static Office reconstitute(OfficeId id, String name, State state, String city, String address,
            ZoneId timeZone, boolean active) {
        return new Office(id, name, state, city, address, timeZone, active);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The calendar date at this office at {@code instant}. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, timeZone);
    }

    public OfficeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    public String city() {
        return city;
    }

    public String address() {
        return address;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office office && id.equals(office.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Office[" + id + ", " + name + "]";
    }
}
