package mx.gob.inm.citas.domain.shared;

/**
 * Someone else saved a change to the same thing after it was read for this edit: saving would overwrite their
 * change without either person knowing, so the edit is refused and must be made again on what is stored now.
 */
public class EditConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** {@code what} names the thing edited, such as "the office qroo-cancun". */
    public EditConflictException(String what) {
        super("edit.conflict", "Someone else changed " + what + " after you opened it. Reload it to see their change,"
                + " then make yours again.", what);
    }
}
