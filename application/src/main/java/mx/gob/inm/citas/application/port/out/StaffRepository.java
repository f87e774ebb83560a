package mx.gob.inm.citas.application.port.out;

import java.util.List;
import java.util.Optional;
import mx.gob.inm.citas.domain.staff.StaffMember;
import mx.gob.inm.citas.domain.staff.Username;

/**
 * Out-port: stores the console's staff accounts, their roles and offices. The store keeps at least one enabled
 * admin once there is one: it counts them in the same transaction as every change, so two admins disabling each
 * other at once cannot both succeed.
 */
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
     *
     * @throws mx.gob.inm.citas.domain.staff.LastAdminException when the change disables or demotes the last enabled
     *     admin — decided by the store, so it holds across concurrent requests and instances
     */
    void update(StaffMember member);

    long count();
}
