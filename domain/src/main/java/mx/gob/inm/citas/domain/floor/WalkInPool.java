package mx.gob.inm.citas.domain.floor;

import static mx.gob.inm.citas.domain.shared.InvalidValueException.require;

import java.util.Set;
import mx.gob.inm.citas.domain.procedure.ProcedureCode;

/**
 * A daily quota of walk-in tokens (fichas) for one procedure, or pooled for several: {@code dailyTokens} a day
 * unless a day has its own number, each token numbered with the pool's {@code letter} ({@code A-017}).
 */
public record WalkInPool(char letter, Set<ProcedureCode> procedures, int dailyTokens) {

    public static final int MAX_TOKENS = 9999;

    public WalkInPool {
        require(letter >= 'A' && letter <= 'Z', "pool.letter", "A pool's letter is one capital letter A to Z");
        require(letter != DisplayNumber.APPOINTMENTS, "pool.letterReserved",
                "The letter C numbers checked-in appointments; give the pool another", DisplayNumber.APPOINTMENTS);
        require(procedures != null && !procedures.isEmpty(), "pool.procedures",
                "A pool of walk-in tokens is for at least one procedure", String.valueOf(letter));
        require(dailyTokens >= 0 && dailyTokens <= MAX_TOKENS, "pool.tokens",
                "A day has from 0 to 9999 walk-in tokens of one pool", MAX_TOKENS);
        procedures = Set.copyOf(procedures);
    }

    public boolean serves(ProcedureCode procedure) {
        return procedures.contains(procedure);
    }
}
