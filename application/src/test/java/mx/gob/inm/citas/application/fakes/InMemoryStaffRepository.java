package mx.gob.inm.citas.application.fakes;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.inm.citas.application.port.out.StaffRepository;
import mx.gob.inm.citas.domain.shared.InvalidValueException;
import mx.gob.inm.citas.domain.staff.LastAdminException;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * Fake of {@link StaffRepository}: keeps copies with a version, like rows. It remembers the version each member it
 * hands out was read at, so an update made from a copy read before someone else's change is refused instead of
 * overwriting it, as the real store's version check does. Like the real store, it refuses to disable or demote the
 * last enabled admin; its methods are synchronized, so concurrent changes queue as they do on the real guard row.
 */
public class InMemoryStaffRepository implements StaffRepository, Snapshotting {

    private record Row(StaffMember member, int version) {
    }

    private final Map<Username, Row> rows = new HashMap<>();
    /** Which version each object handed out (or added) was read at; by identity, as each copy is its own reading. */
    private final Map<StaffMember, Integer> readAt = new IdentityHashMap<>();

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows.clear();
        rows.putAll((Map<Username, Row>) snapshot);
    }

    @Override
    public synchronized Optional<StaffMember> findByUsername(Username username) {
        return Optional.ofNullable(rows.get(username)).map(this::handOut);
    }

    @Override
    public synchronized List<StaffMember> findAll() {
        return rows.values().stream().sorted(Comparator.comparing((Row r) -> r.member().username().value()))
                .map(this::handOut).toList();
    }

    @Override
    public synchronized void add(StaffMember member) {
        if (rows.containsKey(member.username())) {
            throw new InvalidValueException("The username " + member.username() + " is already taken");
        }
        rows.put(member.username(), new Row(copy(member), 0));
        readAt.put(member, 0);
    }

    @Override
    public synchronized void update(StaffMember member) {
        Row stored = rows.get(member.username());
        if (stored == null) {
            throw new IllegalStateException("There is no account " + member.username() + " to update");
        }
        Integer read = readAt.get(member);
        if (read != null && read != stored.version()) {
            throw new IllegalStateException("The account " + member.username() + " was changed by someone else"
                    + " since it was read");
        }
        if (stored.member().isAdmin() && !member.isAdmin()
                && rows.values().stream().filter(r -> r.member().isAdmin()).count() == 1) {
            throw new LastAdminException(member.username());
        }
        rows.put(member.username(), new Row(copy(member), stored.version() + 1));
        readAt.put(member, stored.version() + 1);
    }

    @Override
    public synchronized long count() {
        return rows.size();
    }

    private StaffMember handOut(Row row) {
        StaffMember copy = copy(row.member());
        readAt.put(copy, row.version());
        return copy;
    }

    /** Stored copies behave like rows: changing a loaded member changes nothing until it is updated. */
    private static StaffMember copy(StaffMember m) {
        return StaffMember.reconstitute(m.username(), m.displayName(), m.role(), m.offices(), m.isEnabled(),
                m.passwordHash());
    }
}
