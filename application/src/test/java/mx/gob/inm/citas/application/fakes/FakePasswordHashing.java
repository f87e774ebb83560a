package mx.gob.inm.citas.application.fakes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import mx.gob.inm.citas.application.port.out.PasswordHashing;

/**
 * Fake of {@link PasswordHashing}: one unsalted SHA-256, fast and the same for the same password, so tests need not
 * wait for a slow hash; {@link #matches} still really compares, so a wrong password never signs in.
 */
public class FakePasswordHashing implements PasswordHashing {

    private static final String PREFIX = "fake-sha256:";

    @Override
    public String hash(char[] password) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bytes);
            return PREFIX + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return password != null && hash != null && hash.equals(hash(password));
    }
}
