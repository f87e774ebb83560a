package mx.gob.inm.citas.domain.office;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.requirePresent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import mx.gob.inm.citas.domain.shared.TypedText;

/**
 * An INM office where applicants are served.
 *
 * <p>Lifecycle: {@link #create created} active by an administrator (or the demo seed), it may be
 * {@link #deactivate() deactivated} so the public no longer sees it, and {@link #activate() activated} again.
 * Every time an applicant sees for this office is shown in its own {@link #timeZone() time zone}.
 */
public final class Office {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_CITY_LENGTH = 100;
    public static final int MAX_ADDRESS_LENGTH = 400;

    private final OfficeId id;
    private String name;
    private State state;
    private String city;
    private String address;
    private ZoneId timeZone;
    private boolean active;
    private final long version;

    private Office(OfficeId id, String name, State state, String city, String address, ZoneId timeZone,
            boolean active, long version) {
        this.id = requirePresent(id, "officeId", "Office id");
        changeDetails(name, state, city, address, timeZone);
        this.active = active;
        this.version = version;
    }

    /** A new office, open to the public. */
    public static Office create(OfficeId id, String name, State state, String city, String address,
            ZoneId timeZone) {
        return new Office(id, name, state, city, address, timeZone, true, 0);
    }

    /**
     * Rebuilds an office from storage; applies the same checks as {@link #create}. {@code version} is the stored
     * version: saving the office again succeeds only while the store still has that version.
     */
    public static Office reconstitute(OfficeId id, String name, State state, String city, String address,
            ZoneId timeZone, boolean active, long version) {
        return new Office(id, name, state, city, address, timeZone, active, version);
    }

    /** Replaces what the public reads of the office (texts typed by staff: {@link TypedText}); its id never changes. */
    public void changeDetails(String name, State state, String city, String address, ZoneId timeZone) {
        // every field checked before any is replaced: a refused change leaves the office as it was
        String checkedName = TypedText.line(name, "officeName", "Office name", MAX_NAME_LENGTH);
        State checkedState = requirePresent(state, "state", "State");
        String checkedCity = TypedText.line(city, "city", "City", MAX_CITY_LENGTH);
        String checkedAddress = TypedText.line(address, "address", "Address", MAX_ADDRESS_LENGTH);
        this.timeZone = requirePresent(timeZone, "timeZone", "Time zone");
        this.name = checkedName;
        this.state = checkedState;
        this.city = checkedCity;
        this.address = checkedAddress;
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

    /** The version read from storage (0 for a new office), for optimistic locking. */
    public long version() {
        return version;
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
