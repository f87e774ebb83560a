package mx.gob.inm.citas.application.port.out;

/** Out-port: turns staff passwords into salted, slow hashes and checks passwords against them. */
public interface PasswordHashing {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
