package mx.gob.inm.citas.domain.procedure;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

/** The code of a procedure in the catalogue, such as {@code CANJE-RT} or {@code NOTIF-DOMICILIO}. */
public record ProcedureCode(String value) {

    public static final int MAX_LENGTH = 40;

    public ProcedureCode {
        require(isWellFormed(value), "procedureCode.malformed",
                "A procedure code is capital letters, digits and single dashes (at most " + MAX_LENGTH
                        + " characters), such as CANJE-RT", MAX_LENGTH);
    }

    /**
     * Whether {@code candidate} is a well-formed procedure code, without throwing: {@code [A-Z][A-Z0-9]*(-[A-Z0-9]+)*}
     * of at most {@link #MAX_LENGTH} characters. Checked character by character, not with a regular expression: a code
     * is made for every row the dashboards and the calendar read.
     */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || !isCapital(candidate.charAt(0))) {
            return false;
        }
        for (int i = 1; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean dash = c == '-';
            if (!dash && !isCapital(c) && !isDigit(c)) {
                return false;
            }
            if (dash && (candidate.charAt(i - 1) == '-' || i == candidate.length() - 1)) {
                return false; // two dashes in a row, or a dash at the end
            }
        }
        return true;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return value;
    }
}
