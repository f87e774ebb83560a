package mx.gob.inm.citas.application.port.in;

import java.util.Optional;

/** In-port: the first start of an empty console creates the {@code admin} account. */
public interface BootstrapAdminUseCase {

    /** The result: whether the account was created now, and the password when it was generated here. */
    record FirstAdmin(boolean created, Optional<String> generatedPassword) {
    }

    /**
     * Creates {@code admin} with {@code configuredPassword} (or a generated one) when there is no account at all;
     * does nothing otherwise, so a changed password is never reset by a restart.
     */
    FirstAdmin createFirstAdminIfNone(Optional<String> configuredPassword);
}
