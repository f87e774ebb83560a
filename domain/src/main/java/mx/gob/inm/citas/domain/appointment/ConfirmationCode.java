package mx.gob.inm.citas.domain.appointment;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code an applicant quotes: 8 characters of an alphabet without I, L, O and U (nothing to misread), the last
 * a check character (Luhn mod 32) so that a mistyped character or two swapped neighbours are caught before any
 * look-up. Random, never sequential nor derived from the applicant's data.
 */
public record ConfirmationCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 8;

    public ConfirmationCode {
        require(isValid(value), "confirmationCode.malformed",
                "A confirmation code is 8 characters like 7KX2M9QD, and this one does not check out");
    }

    /** A fresh code from {@code random} (a cryptographically strong one in production). */
    public static ConfirmationCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ConfirmationCode(code.append(checkCharacter(code)).toString());
    }

    /**
     * Reads what a person typed: case, spaces and dashes do not matter, and the letters O, I and L are read as the
     * digits they resemble. Fails when the result is not a valid code.
     */
    public static ConfirmationCode parse(String typed) {
        return new ConfirmationCode(normalise(typed));
    }

    /** Whether {@code typed}, read as {@link #parse} reads it, is a valid code. */
    public static boolean isWellFormed(String typed) {
        return typed != null && isValid(normalise(typed));
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        for (char c : candidate.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return checkCharacter(candidate.substring(0, LENGTH - 1)) == candidate.charAt(LENGTH - 1);
    }

    /** Luhn mod N over the alphabet: detects every single substitution and most adjacent transpositions. */
    static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(payload.charAt(i));
            if (doubleIt) {
                addend *= 2;
                addend = addend / n + addend % n;
            }
            sum += addend;
            doubleIt = !doubleIt;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    @Override
    public String toString() {
        return value;
    }
}
