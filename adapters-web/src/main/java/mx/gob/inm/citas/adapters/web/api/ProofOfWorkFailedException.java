package mx.gob.inm.citas.adapters.web.api;

import mx.gob.inm.citas.adapters.web.limits.ProofOfWork;

/** A hold came without an accepted proof-of-work solution; answered 403 with its own problem type. */
class ProofOfWorkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProofOfWork.Verdict verdict;

    ProofOfWorkFailedException(ProofOfWork.Verdict verdict) {
        super(switch (verdict) {
            case MISSING -> "A hold needs a solved challenge: GET " + PublicApi.PATH + "/challenge, solve it and"
                    + " send the solution in the Altcha header";
            case EXPIRED -> "The challenge expired (they last 10 minutes): ask for a new one";
            case REPLAYED -> "This challenge was already used: each solution is good for one hold";
            default -> "The Altcha header is not a valid solution of a challenge of this server";
        });
        this.verdict = verdict;
    }

    ProofOfWork.Verdict verdict() {
        return verdict;
    }
}
