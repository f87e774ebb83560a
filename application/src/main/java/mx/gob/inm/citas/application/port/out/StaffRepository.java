package mx.gob.inm.citas.application.port.out;

import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.Username;

/** Out-port: stores the console's staff accounts, their roles and offices. */
public interface StaffRepository {

    Optional<StaffMember> findByUsername(Username username);

    /** Every account, enabled or not, ordered by username. */
    List<StaffMember> findAll();

    /**
     * Stores a new account.
     *
     * @throws mx.gob.inm.citas.domain.shared.InvalidValueException when the username is taken — decided by the store
     */
    void add(StaffMember member);

    /**
     * Stores the account's new state; when someone else changed it since {@code member} was read, this (or the
     * enclosing transaction) fails instead of overwriting their change.
     */
    void update(StaffMember member);

    long count();
}
