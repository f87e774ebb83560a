package mx.gob.inm.citas.application.fakes;

import java.nio.charset.StandardCharsets;
import mx.gob.inm.citas.application.port.out.LinkSecret;

/** Fake of {@link LinkSecret}: one fixed secret, as the database's would be. */
public class FixedLinkSecret implements LinkSecret {

    private final byte[] secret;

    public FixedLinkSecret() {
        this("a test secret of thirty-two bytes or more");
    }

    public FixedLinkSecret(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }
}
