package mx.gob.inm.citas.domain.appointment;

/**
 * A wrong verification code, saying how many attempts the hold has left: none means the place was released because
 * of too many wrong codes (not because its time ran out), and the applicant must book again.
 */
public class WrongVerificationCodeException extends AppointmentRefusedException {

    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    public WrongVerificationCodeException(int attemptsLeft) {
        super(attemptsLeft > 0 ? Reason.WRONG_VERIFICATION_CODE : Reason.HOLD_EXPIRED,
                attemptsLeft > 0 ? codeOf(Reason.WRONG_VERIFICATION_CODE) : "appointment.tooManyWrongCodes",
                attemptsLeft > 0 ? "The verification code is not the one we sent; " + attemptsLeft + " attempts left"
                        : "Too many wrong verification codes: the place was released; please book again",
                Math.max(0, attemptsLeft));
        this.attemptsLeft = Math.max(0, attemptsLeft);
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    /** The hold was released by this wrong code (the last attempt). */
    public boolean released() {
        return attemptsLeft == 0;
    }
}
