package mx.gob.inm.citas.domain.staff;

import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * A change would leave the console without an enabled administrator: nobody could then create an account, give
 * access to an office or enable an administrator again. The store decides it, so it holds when two admins disable
 * or demote each other at the same moment: the second change is refused.
 */
public class LastAdminException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Username username;

    public LastAdminException(Username username) {
        super("staff.lastAdmin", "The account " + username
                + " is the last enabled administrator: make another account an enabled"
                + " administrator first", username.value());
        this.username = username;
    }

    /** The administrator the change would have disabled or demoted. */
    public Username username() {
        return username;
    }
}
