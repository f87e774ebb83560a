package mx.gob.inm.citas.domain.staff;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

/**
 * The rule for a password a staff member is given or chooses: long enough to resist guessing (NIST SP 800-63B asks
 * for at least 8; a government console asks for 12), not absurdly long, and not the username.
 */
public final class StaffPassword {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private StaffPassword() {
    }

    public static void check(String password, Username username) {
        require(password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH,
                "password.length",
                "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters", MIN_LENGTH, MAX_LENGTH);
        require(!password.strip().equalsIgnoreCase(username.value()), "password.isUsername",
                "A password cannot be the username");
    }
}
