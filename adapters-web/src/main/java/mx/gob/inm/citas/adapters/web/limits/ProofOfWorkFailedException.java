package mx.gob.inm.citas.adapters.web.limits;

/** A hold came without an accepted proof-of-work solution; nothing was held. */
public class ProofOfWorkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProofOfWork.Verdict verdict;

    public ProofOfWorkFailedException(ProofOfWork.Verdict verdict) {
        super(switch (verdict) {
            case MISSING -> "A hold needs a solved challenge: GET /api/v1/challenge, solve it and send the solution"
                    + " in the Altcha header";
            case EXPIRED -> "The challenge expired (they last 10 minutes): ask for a new one";
            case REPLAYED -> "This challenge was already used: each solution is good for one hold";
            default -> "The Altcha header is not a valid solution of a challenge of this server";
        });
        this.verdict = verdict;
    }

    public ProofOfWork.Verdict verdict() {
        return verdict;
    }
}
