package mx.gob.inm.citas.adapters.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import mx.gob.inm.citas.application.port.out.PasswordHashing;

/**
 * Adapter: staff passwords hashed with the platform's PBKDF2 (Jakarta Security): HMAC-SHA512, 210,000 iterations
 * (OWASP's figure for it), a 32-byte random salt per password. The stored text names algorithm, iterations and
 * salt, so hashes made with other parameters still verify after these change.
 */
@ApplicationScoped
class Pbkdf2PasswordHashing implements PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        try {
            return pbkdf2.verify(password, hash);
        } catch (IllegalArgumentException notAHashWeMade) {
            return false;
        }
    }
}
