package mx.gob.inm.citas.application.port.in;

import java.util.Optional;
import mx.gob.inm.citas.domain.staff.StaffMember;

/** In-port: staff sign in to the console, and each request finds out who is asking. */
public interface StaffSignInUseCase {

    /**
     * The enabled member with this username and password, or empty; either way the attempt is audited. A wrong
     * password, an unknown username and a disabled account look the same to the caller.
     */
    Optional<StaffMember> signIn(String username, char[] password);

    /** The enabled member signed in under this name, as stored now (a role or office change applies at once). */
    Optional<StaffMember> current(String username);

    void signedOut(StaffMember member);
}
