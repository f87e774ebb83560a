package mx.gob.inm.citas.domain.staff;

import java.util.Optional;
import mx.gob.inm.citas.domain.office.OfficeId;
import mx.gob.inm.citas.domain.shared.DomainException;

/**
 * A staff member asked for something outside their role or their offices; {@link #reason()} tells adapters which
 * (so a supervisor hears that their role only reads the office, not that they have no access to it).
 */
public class OfficeAccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the member was refused. */
    public enum Reason {
        /** The office is not one of the member's (or the account is disabled): they may not even read it. */
        NOT_THEIR_OFFICE,
        /** They may read the office but their role changes nothing in it (a supervisor). */
        READ_ONLY,
        /** Only an administrator may do this. */
        ADMIN_ONLY
    }

    private final Reason reason;
    private final OfficeId office;

    /** The code is {@code access.} and the reason, such as {@code access.READ_ONLY}; the office its argument. */
    public OfficeAccessDeniedException(Reason reason, OfficeId office, String message) {
        super("access." + reason.name(), message, office == null ? "" : office.value());
        this.reason = reason;
        this.office = office;
    }

    public Reason reason() {
        return reason;
    }

    /** The office asked for; empty for what only an administrator may do. */
    public Optional<OfficeId> office() {
        return Optional.ofNullable(office);
    }
}
