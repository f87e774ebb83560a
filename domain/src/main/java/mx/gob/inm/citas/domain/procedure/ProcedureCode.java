package mx.gob.inm.citas.domain.procedure;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.regex.Pattern;

/** The code of a procedure in the catalogue, such as {@code CANJE-RT} or {@code NOTIF-DOMICILIO}. */
public record ProcedureCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    public static final int MAX_LENGTH = 40;

    public ProcedureCode {
        require(isWellFormed(value), "procedureCode.malformed",
                "A procedure code is capital letters, digits and single dashes (at most " + MAX_LENGTH
                        + " characters), such as CANJE-RT", MAX_LENGTH);
    }

    /** Whether {@code candidate} is a well-formed procedure code, without throwing. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
